"""Everything held about one resident, by email address, as JSON (a subject access request)."""

import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from fitforfuture import data_protection


class Command(BaseCommand):
    help = "Print (or write to --output) a JSON copy of everything held about an email address. Audited."

    def add_arguments(self, parser):
        parser.add_argument("email", help="The email address the person used with us.")
        parser.add_argument("--output", help="Write the JSON to this file instead of the screen.")

    def handle(self, *args, email, output=None, **options):
        try:
            validate_email(email.strip())
        except ValidationError as error:
            raise CommandError(f"'{email}' is not an email address.") from error
        data = data_protection.subject_access(email=email, actor=None, via="command")
        text = json.dumps(data, indent=2, ensure_ascii=False)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
            found = ", ".join(f"{label}: {count}" for label, count in data["summary"].items())
            self.stderr.write(f"Wrote {output} ({found}). It holds personal data: send it securely, then delete it.")
        else:
            self.stdout.write(text)
