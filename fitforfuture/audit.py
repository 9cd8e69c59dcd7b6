"""The audit trail of staff actions on personal data."""

from django.db import models


class AuditAction(models.TextChoices):
    EXPORT = "export", "Exported"
    VIEW = "view", "Viewed personal data"
    CREATE = "create", "Entered on someone's behalf"
    CHANGE = "change", "Changed"
    ANONYMISE = "anonymise", "Anonymised (retention)"
    ERASE = "erase", "Erased on request"
    SUBJECT_ACCESS = "subject_access", "Subject access request"


def audit_record(
    *, actor, action: str, subject: str, detail: str = "", row_count: int | None = None, via: str = "admin"
):
    """Write one entry in the audit trail. `actor` may be None for commands run by the system."""
    from fitforfuture.models import AuditEvent

    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        actor_name=getattr(actor, "get_username", lambda: "system")() if actor is not None else "system",
        action=action,
        subject=subject[:255],
        detail=detail[:2000],
        row_count=row_count,
        via=via,
    )
