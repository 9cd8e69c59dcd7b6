"""Export every response of one consultation as CSV or XLSX, recorded in the audit log.

python manage.py export_responses minor-injury-units --format csv > responses.csv
python manage.py export_responses minor-injury-units --format xlsx --output responses.xlsx
"""

import getpass

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Locale

from consultations import services
from consultations.exports import export_filename
from consultations.models import ConsultationPage, ExportFormat


class Command(BaseCommand):
    help = "Export the responses to a consultation (CSV to standard output, or a file with --output)."
    # A read-only export: the system checks (a third of a second of Wagtail's and the project's
    # own) guard deployments, not data, and `manage.py check --deploy` runs them where they matter.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The consultation's slug, e.g. minor-injury-units")
        parser.add_argument("--format", choices=ExportFormat.values, default=ExportFormat.CSV)
        parser.add_argument(
            "--output",
            help="File to write. CSV goes to standard output without it; XLSX to <slug>-responses-<date>.xlsx",
        )

    def handle(self, *args, slug, format, output, **options):
        matches = list(ConsultationPage.objects.filter(slug=slug, locale=Locale.get_default())[:2])
        if not matches:
            raise CommandError(f"There is no consultation with the slug '{slug}'.")
        if len(matches) > 1:
            raise CommandError(f"More than one consultation has the slug '{slug}'.")
        consultation = matches[0]
        who = f"command run by {getpass.getuser()}"
        if format == ExportFormat.XLSX:
            path = output or export_filename(consultation=consultation, file_format="xlsx")
            count = services.responses_export(
                consultation=consultation, file_format=format, target=path, via="command", detail=who
            )
        elif output:
            with open(output, "w", encoding="utf-8", newline="") as target:
                count = services.responses_export(
                    consultation=consultation, file_format=format, target=target, via="command", detail=who
                )
            path = output
        else:
            count = services.responses_export(
                consultation=consultation, file_format=format, target=_Unchanged(self.stdout), via="command", detail=who
            )
            path = "standard output"
        # The summary goes to stderr so that CSV on standard output stays clean.
        self.stderr.write(f"Exported {count} responses to {path}.")


class _Unchanged:
    """Writes to a command's output as given (OutputWrapper would add a newline to the byte order mark)."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def write(self, text: str) -> None:
        self.wrapper.write(text, ending="")
