"""Erase a resident's personal data on request, by email address. Audited."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from fitforfuture import data_protection


class Command(BaseCommand):
    help = (
        "Remove the name, email, phone, contact and needs from responses and sign-ups held under an email "
        "address (answers and counts stay), cancel upcoming places, delete drafts and newsletter subscriptions."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The email address the person used with us.")
        parser.add_argument("--dry-run", action="store_true", help="Say what would be erased; change nothing.")

    def handle(self, *args, email, dry_run=False, **options):
        try:
            validate_email(email.strip())
        except ValidationError as error:
            raise CommandError(f"'{email}' is not an email address.") from error
        counts = data_protection.erase_person(email=email, actor=None, via="command", dry_run=dry_run)
        verb = "would erase" if dry_run else "erased"
        for label, count in counts.items():
            self.stdout.write(f"{label}: {verb} {count}")
        if not dry_run:
            self.stdout.write(f"Recorded in the audit log as {data_protection.email_fingerprint(email)}.")
