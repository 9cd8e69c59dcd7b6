"""Queue the email alerts that are due. Safe to run often (hourly from cron): each alert goes once."""

from django.core.management.base import BaseCommand

from subscriptions import services
from subscriptions.tasks import queue_due_alerts


class Command(BaseCommand):
    help = "Email people who asked to hear when a consultation opens, a response is published or a session is added."

    def handle(self, *args, **options):
        removed = services.unconfirmed_remove()
        queued = queue_due_alerts()
        self.stdout.write(f"Queued {queued} alerts. Removed {removed} alerts nobody confirmed.")
