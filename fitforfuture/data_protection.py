"""Data protection: what the site holds about one resident, found by their email address,
a copy of it (subject access), and erasing it on request; plus the retention steps that are
not owned by one app (unconfirmed newsletter sign-ups, sent-email records, old sessions).
Browser sessions that hold the address (a sign-up's "check your email" page keeps it there
for a few hours) are found, copied and ended too.

Used by `manage.py subject_access`, `manage.py erase_person` and the admin page
"Data requests" (Engagement leads only). Every use is written to the audit trail. The audit
trail names the person by a keyed fingerprint of their address, never the address itself,
so that erasing someone does not leave their email in the log.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from fitforfuture.audit import AuditAction, audit_record

# Every field that holds something about a resident, per model: what subject access reports and
# what erasure and retention must clear. A test checks each is cleared, and that every model with an
# email address is listed here.
PERSONAL_FIELDS = {
    "consultations.Response": ["name", "email", "organisation_name", "staff_notes"],
    "consultations.Draft": ["email", "data"],
    "assemblies.Signup": [
        "name",
        "email",
        "phone",
        "interpreter_language",
        "other_access_needs",
        "dietary_needs",
    ],
    "home.NewsletterSubscription": ["email"],
    "subscriptions.Subscription": ["email"],
    "django_tasks_db.DBTaskResult": ["args_kwargs"],
}
# What erasure writes instead (anything not named here becomes blank). Sign-ups keep a name so
# registers and exports still read sensibly.
ERASED_VALUES = {"assemblies.Signup": {"name": "Anonymised"}}


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def email_fingerprint(email: str) -> str:
    """A stable, keyed fingerprint of an address for the audit trail (the address cannot be read
    back from it, but the same address always gives the same fingerprint)."""
    digest = hmac.new(settings.SECRET_KEY.encode(), normalise_email(email).encode(), hashlib.sha256).hexdigest()
    return f"person {digest[:16]}"


# -- finding -------------------------------------------------------------------------------


@dataclass
class PersonRecords:
    email: str
    responses: list = field(default_factory=list)
    drafts: list = field(default_factory=list)
    signups: list = field(default_factory=list)
    subscriptions: list = field(default_factory=list)
    alerts: list = field(default_factory=list)
    emails: list = field(default_factory=list)
    browser_sessions: list = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {
            "consultation responses": len(self.responses),
            "saved drafts": len(self.drafts),
            "assembly sign-ups": len(self.signups),
            "newsletter subscriptions": len(self.subscriptions),
            "email alerts": len(self.alerts),
            "emails queued or sent": len(self.emails),
            "browser sessions": len(self.browser_sessions),
        }

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _alert_model():
    """Email alerts (the subscriptions app), when it is installed."""
    return apps.get_model("subscriptions", "Subscription") if apps.is_installed("subscriptions") else None


def _email_lists() -> list:
    """Every model of addresses that waits for its owner to confirm (double opt-in)."""
    from home.models import NewsletterSubscription

    return [model for model in (NewsletterSubscription, _alert_model()) if model is not None]


def _task_results_for(email: str):
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(args_kwargs__kwargs__to__iexact=email)


# What a browser session may hold that is a key, not something about the person: left out of copies.
SESSION_SECRETS = frozenset({"token", "_auth_user_id", "_auth_user_backend", "_auth_user_hash", "_session_expiry"})


@dataclass
class HeldSession:
    """A live browser session that holds the address somewhere in what it stores."""

    key: str
    expires_at: datetime
    data: dict


def _holds_address(value, email: str) -> bool:
    if isinstance(value, str):
        return normalise_email(value) == email
    if isinstance(value, dict):
        return any(_holds_address(item, email) for item in value.values())
    if isinstance(value, list | tuple):
        return any(_holds_address(item, email) for item in value)
    return False


def _without_secrets(value):
    if isinstance(value, dict):
        return {key: _without_secrets(item) for key, item in value.items() if key not in SESSION_SECRETS}
    if isinstance(value, list | tuple):
        return [_without_secrets(item) for item in value]
    return value


def _browser_sessions_for(email: str) -> list[HeldSession]:
    """Live sessions holding the address. Sessions are kept in the database (a test keeps it so),
    for at most SESSION_COOKIE_AGE, so there are only ever a few hours' worth to read."""
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    found = []
    for session in Session.objects.filter(expire_date__gt=timezone.now()).order_by("expire_date").iterator():
        data = store.decode(session.session_data)
        if _holds_address(data, email):
            found.append(HeldSession(key=session.session_key, expires_at=session.expire_date, data=data))
    return found


def person_records(*, email: str) -> PersonRecords:
    """Everything held under one email address (case does not matter)."""
    from assemblies.models import Signup
    from consultations.models import Draft, Response
    from home.models import NewsletterSubscription

    email = normalise_email(email)
    if not email:
        return PersonRecords(email=email)
    alert_model = _alert_model()
    return PersonRecords(
        email=email,
        responses=list(
            Response.objects.filter(email__iexact=email, anonymised_at__isnull=True)
            .select_related("consultation")
            .prefetch_related("answers")
            .order_by("submitted_at")
        ),
        drafts=list(Draft.objects.filter(email__iexact=email).select_related("consultation").order_by("created_at")),
        signups=list(
            Signup.objects.filter(email__iexact=email, anonymised_at__isnull=True)
            .select_related("session__assembly")
            .order_by("created_at")
        ),
        subscriptions=list(NewsletterSubscription.objects.filter(email__iexact=email)),
        alerts=list(
            alert_model.objects.filter(email__iexact=email).select_related("consultation").order_by("requested_at")
        )
        if alert_model
        else [],
        emails=list(_task_results_for(email).order_by("enqueued_at")),
        browser_sessions=_browser_sessions_for(email),
    )


# -- subject access ------------------------------------------------------------------------


def _when(value) -> str | None:
    return value.isoformat() if value else None


def _response_record(response) -> dict:
    from consultations.admin_views import answers_shown

    return {
        "reference": response.reference,
        "consultation": response.consultation.title,
        "channel": response.get_channel_display(),
        "submitted_at": _when(response.submitted_at),
        "received_on": _when(response.received_on),
        "answering_as": response.get_respondent_type_display() if response.respondent_type else "",
        "organisation_name": response.organisation_name,
        "name": response.name,
        "email": response.email,
        "age_band": response.age_band,
        "sex": response.sex,
        "ethnicity": response.ethnicity,
        "disability": response.disability,
        "carer": response.carer,
        "postcode_district": response.postcode_district,
        "staff_notes": response.staff_notes,
        "answers": [
            {"question": row["question"].text, "answer": row["answers"]} for row in answers_shown(response=response)
        ],
    }


def _signup_record(signup) -> dict:
    session = signup.session
    return {
        "assembly": session.assembly.title,
        "session": f"{session.get_town_display()}, {session.venue}",
        "starts_at": _when(session.starts_at),
        "status": signup.get_status_display(),
        "name": signup.name,
        "email": signup.email,
        "phone": signup.phone,
        "where_they_live": signup.town,
        "access_needs": signup.access_needs,
        "interpreter_language": signup.interpreter_language,
        "dietary_needs": signup.dietary_needs,
        "consented_at": _when(signup.consented_at),
        "signed_up_at": _when(signup.created_at),
        "promoted_at": _when(signup.promoted_at),
        "cancelled_at": _when(signup.cancelled_at),
        "attended_at": _when(signup.attended_at),
        "reminder_sent_at": _when(signup.reminder_sent_at),
    }


def subject_access_data(*, records: PersonRecords) -> dict:
    """A copy of everything held, as plain JSON-ready data (no secret links or tokens)."""
    return {
        "email": records.email,
        "prepared_at": timezone.now().isoformat(),
        "summary": records.counts,
        "consultation_responses": [_response_record(response) for response in records.responses],
        "saved_drafts": [
            {
                "consultation": draft.consultation.title,
                "saved_at": _when(draft.created_at),
                "link_works_until": _when(draft.expires_at),
                "answers_so_far": draft.data,
            }
            for draft in records.drafts
        ],
        "assembly_signups": [_signup_record(signup) for signup in records.signups],
        "newsletter": [
            {
                "email": subscription.email,
                "status": subscription.get_status_display(),
                "requested_at": _when(subscription.requested_at),
                "confirmed_at": _when(subscription.confirmed_at),
            }
            for subscription in records.subscriptions
        ],
        "email_alerts": [
            {
                "email": alert.email,
                "alert": alert.get_kind_display(),
                "consultation": alert.consultation.title if alert.consultation_id else "",
                "towns": alert.towns,
                "status": alert.get_status_display(),
                "requested_at": _when(alert.requested_at),
                "confirmed_at": _when(alert.confirmed_at),
            }
            for alert in records.alerts
        ],
        "emails": [
            {
                "subject": (result.args_kwargs.get("kwargs") or {}).get("subject", ""),
                "status": result.status,
                "queued_at": _when(result.enqueued_at),
                "sent_at": _when(result.finished_at),
            }
            for result in records.emails
        ],
        "browser_sessions": [
            {"ends_at": _when(session.expires_at), "holds": _without_secrets(session.data)}
            for session in records.browser_sessions
        ],
    }


def subject_access(*, email: str, actor, via: str = "admin", purpose: str = "Copy prepared") -> dict:
    """Find and copy everything held about an address; audited as a subject access request."""
    records = person_records(email=email)
    data = subject_access_data(records=records)
    audit_record(
        actor=actor,
        action=AuditAction.SUBJECT_ACCESS,
        subject=email_fingerprint(email),
        detail=f"{purpose}: " + "; ".join(f"{label}: {count}" for label, count in records.counts.items()),
        row_count=records.total,
        via=via,
    )
    return data


# -- erasure -------------------------------------------------------------------------------


def _erased(label: str) -> dict:
    values = ERASED_VALUES.get(label, {})
    return {name: values.get(name, "") for name in PERSONAL_FIELDS[label]}


def response_erased_values() -> dict:
    return _erased("consultations.Response")


def signup_erased_values() -> dict:
    return _erased("assemblies.Signup")


@transaction.atomic
def erase_person(*, email: str, actor, via: str = "admin", dry_run: bool = False) -> dict[str, int]:
    """Erase a resident on request. Responses and sign-ups lose name, email, phone, contact and
    needs but keep their answers and counts; upcoming places are cancelled first so the waiting
    list moves up; drafts, newsletter subscriptions and email records are deleted, and browser
    sessions holding the address are ended.
    Returns how many of each were (or, with dry_run, would be) erased. Audited either way."""
    from assemblies import services as assembly_services
    from assemblies.models import SignupStatus
    from assemblies.models.signups import new_nonce
    from consultations.models import Response

    records = person_records(email=email)
    counts = records.counts
    if not dry_run and records.total:
        now = timezone.now()
        Response.objects.filter(pk__in=[r.pk for r in records.responses]).update(
            **response_erased_values(), anonymised_at=now
        )
        for signup in records.signups:
            if signup.status in (SignupStatus.CONFIRMED, SignupStatus.WAITING) and not signup.session.is_past:
                assembly_services.signup_cancel(signup=signup, actor=actor)
            # One at a time: each sign-up gets its own nonce so old cancel links stop working.
            type(signup).objects.filter(pk=signup.pk).update(
                **signup_erased_values(), cancel_nonce=new_nonce(), anonymised_at=now
            )
        for draft in records.drafts:
            draft.delete()
        for subscription in [*records.subscriptions, *records.alerts]:
            subscription.delete()
        # Emails waiting to go are dropped with the rest; one being sent right now is left alone.
        _task_results_for(records.email).exclude(status="RUNNING").delete()
        Session.objects.filter(session_key__in=[session.key for session in records.browser_sessions]).delete()
    audit_record(
        actor=actor,
        action=AuditAction.SUBJECT_ACCESS if dry_run else AuditAction.ERASE,
        subject=email_fingerprint(email),
        detail=("Dry run, nothing changed: " if dry_run else "Erased on request: ")
        + "; ".join(f"{label}: {count}" for label, count in counts.items()),
        row_count=records.total,
        via=via,
    )
    return counts


# -- retention steps not owned by one app (see manage.py apply_retention) -----------------


def unconfirmed_signups_delete_expired(*, now=None, dry_run: bool = False) -> int:
    """Delete newsletter sign-ups and email alerts never confirmed: their link stopped working
    after NEWSLETTER_CONFIRM_DAYS, so the address is of no use any more."""
    from home.models import SubscriptionStatus

    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.NEWSLETTER_CONFIRM_DAYS)
    total = 0
    for model in _email_lists():
        expired = model.objects.filter(status=SubscriptionStatus.PENDING, requested_at__lt=cutoff)
        total += expired.count() if dry_run else expired.delete()[1].get(model._meta.label, 0)
    return total


def task_results_delete_finished(*, now=None, dry_run: bool = False) -> int:
    """Delete the worker's records of finished tasks after TASK_RESULT_DAYS: an email task keeps
    the address it was sent to."""
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.TASK_RESULT_DAYS)
    finished = DBTaskResult.objects.finished().filter(finished_at__lt=cutoff)
    if dry_run:
        return finished.count()
    return finished.delete()[0]


def sessions_delete_expired(*, now=None, dry_run: bool = False) -> int:
    """Delete expired browser sessions: they can hold answers typed part-way through a form."""
    now = now or timezone.now()
    expired = Session.objects.filter(expire_date__lt=now)
    if dry_run:
        return expired.count()
    return expired.delete()[0]
