"""Run the background worker, after handing back tasks that a killed worker left half-done."""

from datetime import timedelta

from django.core.management import call_command
from django.core.management.base import BaseCommand

from fitforfuture.worker import tasks_requeue_interrupted, worker_id_for


class Command(BaseCommand):
    help = "Run the task worker (django-tasks db_worker), first putting interrupted tasks back in the queue."

    def add_arguments(self, parser):
        parser.add_argument(
            "--stale-minutes",
            type=int,
            default=30,
            help="A task still running after this long lost its worker, on whatever server (default: 30)",
        )
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between looks at an empty queue")
        parser.add_argument("--batch", action="store_true", help="run every waiting task, then stop")

    def handle(self, *, stale_minutes: int, interval: float, batch: bool, **options):
        requeued = tasks_requeue_interrupted(stale_after=timedelta(minutes=stale_minutes))
        if requeued:
            self.stdout.write(f"Put {requeued} interrupted task(s) back in the queue.")
        arguments = ["--worker-id", worker_id_for(), "--interval", str(interval), "--no-startup-delay"]
        call_command("db_worker", *arguments, *(["--batch"] if batch else []), verbosity=options["verbosity"])
