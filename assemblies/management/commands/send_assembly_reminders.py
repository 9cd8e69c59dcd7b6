"""Queue the reminder emails that are due. Safe to run often: each reminder is sent at most once.

Reminders are normally queued with `run_after` when someone gets a place; run this from cron
(e.g. hourly) where the task backend cannot defer tasks, or as a safety net.
"""

from django.core.management.base import BaseCommand

from assemblies.tasks import reminders_due, send_signup_reminder


class Command(BaseCommand):
    help = "Queue reminder emails for sessions starting within their reminder lead time."

    def handle(self, *args, **options):
        due = reminders_due()
        for signup_id in due:
            send_signup_reminder.enqueue(signup_id=signup_id)
        self.stdout.write(f"Queued {len(due)} reminders.")
