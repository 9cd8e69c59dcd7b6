"""python manage.py restore <backup-folder>: replace the database and uploaded files."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from fitforfuture.backups import backup_restore


class Command(BaseCommand):
    help = "Restore a backup made by 'manage.py backup'. This replaces the current data."

    def add_arguments(self, parser):
        parser.add_argument("source", help="The backup folder, e.g. backups/backup-20261123-170000")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, source, yes, **options):
        folder = Path(source)
        if not folder.is_dir():
            raise CommandError(f"No backup folder at {folder}")
        if not yes and input("This replaces all current data. Type 'restore' to go on: ").strip() != "restore":
            raise CommandError("Restore cancelled.")
        backup_restore(source=folder)
        self.stdout.write(self.style.SUCCESS(f"Restored from {folder}"))
