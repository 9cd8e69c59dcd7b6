"""Export the sign-ups of one session as CSV or XLSX (spreadsheet-safe, and audited)."""

import sys

from django.core.management.base import BaseCommand, CommandError

from assemblies import selectors
from assemblies.models import Session
from fitforfuture import exports
from fitforfuture.audit import AuditAction, audit_record


class Command(BaseCommand):
    help = "Export the sign-ups of a session: export_signups <session-id> --format csv|xlsx [--output FILE]"

    def add_arguments(self, parser):
        parser.add_argument("session_id", type=int)
        parser.add_argument("--format", choices=["csv", "xlsx"], default="csv")
        parser.add_argument("--output", help="File to write (default: standard output for CSV).")

    def handle(self, *args, session_id, format, output=None, **options):
        session = Session.objects.select_related("assembly").filter(pk=session_id).first()
        if session is None:
            raise CommandError(f"There is no session with id {session_id}.")
        rows = selectors.signups_export_rows(session=session)
        if format == "xlsx":
            if not output:
                raise CommandError("An XLSX export needs --output FILE.")
            count = exports.write_xlsx(
                output, selectors.EXPORT_HEADER, rows, sheet="Sign-ups", dates=selectors.XLSX_DATES
            )
        elif output:
            with open(output, "w", newline="", encoding="utf-8") as target:
                count = exports.write_csv(target, selectors.EXPORT_HEADER, rows)
        else:
            count = exports.write_csv(sys.stdout, selectors.EXPORT_HEADER, rows)
        audit_record(
            actor=None,
            action=AuditAction.EXPORT,
            subject=f"sign-ups: session {session.pk}",
            detail=f"{format.upper()} export of {session} to {output or 'standard output'}",
            row_count=count,
            via="command",
        )
        if output:
            self.stderr.write(f"Wrote {count} sign-ups to {output}")
