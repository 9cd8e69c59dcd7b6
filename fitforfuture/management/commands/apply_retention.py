"""Anonymise personal data that is past its retention period. Run it daily (cron or a scheduler).

Each app adds a step: a dotted path to a function `(*, now, dry_run) -> int` that returns how
many records it anonymised (or would, with --dry-run). One audit event is written per run.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.module_loading import import_string

from fitforfuture.audit import AuditAction, audit_record

# (label, dotted path). Consultations will add its own step here.
STEPS = [
    ("assembly sign-ups", "assemblies.services.signups_anonymise_after_retention"),
    ("consultation responses", "consultations.services.responses_anonymise_after_retention"),
    ("saved drafts", "consultations.services.drafts_delete_expired"),
    ("prepared exports", "consultations.services.export_files_delete_expired"),
    ("unconfirmed newsletter and alert sign-ups", "fitforfuture.data_protection.unconfirmed_signups_delete_expired"),
    ("records of sent emails", "fitforfuture.data_protection.task_results_delete_finished"),
    ("expired browser sessions", "fitforfuture.data_protection.sessions_delete_expired"),
]


class Command(BaseCommand):
    help = "Anonymise personal data kept longer than its retention period (sign-ups after their session, ...)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be anonymised; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        counts = {}
        for label, dotted in STEPS:
            counts[label] = import_string(dotted)(now=now, dry_run=dry_run)
            verb = "would anonymise" if dry_run else "anonymised"
            self.stdout.write(f"{label}: {verb} {counts[label]}")
        if not dry_run:
            audit_record(
                actor=None,
                action=AuditAction.ANONYMISE,
                subject="retention run",
                detail="; ".join(f"{label}: {count}" for label, count in counts.items()),
                row_count=sum(counts.values()),
                via="command",
            )
