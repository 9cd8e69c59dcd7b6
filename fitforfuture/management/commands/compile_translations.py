"""Compile the interface translations (locale/*/LC_MESSAGES/django.po) into .mo files.

The same job as Django's compilemessages, in Python (polib), so it runs where GNU gettext's
msgfmt is not installed.
"""

from pathlib import Path

import polib

from django.conf import settings
from django.core.management.base import BaseCommand


def compile_catalogues(folders: list[Path]) -> list[Path]:
    """Write a .mo beside every .po under the folders; return the .mo files written."""
    written = []
    for folder in folders:
        for po_path in sorted(Path(folder).glob("*/LC_MESSAGES/*.po")):
            mo_path = po_path.with_suffix(".mo")
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            written.append(mo_path)
    return written


class Command(BaseCommand):
    help = "Compile the interface translations in LOCALE_PATHS from .po to .mo (no gettext needed)."

    def handle(self, *args, **options):
        written = compile_catalogues([Path(folder) for folder in settings.LOCALE_PATHS])
        for path in written:
            self.stdout.write(f"Compiled {path}")
