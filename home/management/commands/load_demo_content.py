"""Build the demo site from the source documents. Safe to run again: nothing is duplicated."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from home.demo.build import build_demo_site


class Command(BaseCommand):
    help = "Create the demo pages, news, FAQs, documents and activity log from the source documents."

    def add_arguments(self, parser):
        parser.add_argument("--skip-index", action="store_true", help="Do not rebuild the search index.")
        parser.add_argument(
            "--responses",
            type=int,
            default=None,
            help="Add this many more demo responses, shared between the open demo consultations. Without it, "
            "each demo consultation gets some responses the first time only.",
        )

    def handle(self, *args, skip_index=False, responses=None, **options):
        if responses is not None and responses < 0:
            raise CommandError("--responses must be 0 or more.")
        report = build_demo_site(responses=responses)
        if not skip_index:
            call_command("update_index", verbosity=0)
        if report.created:
            self.stdout.write(self.style.SUCCESS(f"Demo content: created {len(report.created)} items."))
        else:
            self.stdout.write("Demo content is already in place: nothing to add.")
