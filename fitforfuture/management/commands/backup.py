"""python manage.py backup [--directory backups/]: database and uploaded files."""

from pathlib import Path

from django.core.management.base import BaseCommand

from fitforfuture.backups import backup_create


class Command(BaseCommand):
    help = "Back up the database (SQLite online backup or pg_dump) and uploaded files."

    def add_arguments(self, parser):
        parser.add_argument("--directory", default="backups", help="Folder to put the backup in.")

    def handle(self, *args, directory, **options):
        target = backup_create(directory=Path(directory))
        self.stdout.write(self.style.SUCCESS(f"Backup written to {target}"))
