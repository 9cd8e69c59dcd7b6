"""Backups of the database and uploaded files, and restoring them.

SQLite is copied with its online backup API (safe while the site runs); PostgreSQL with
pg_dump's custom format and pg_restore. Uploaded documents and images (MEDIA_ROOT) go
into a tar archive beside the database dump.
"""

import shutil
import sqlite3
import subprocess
import tarfile
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import connections


def _database() -> dict:
    return connections["default"].settings_dict


def _is_sqlite() -> bool:
    return _database()["ENGINE"].endswith("sqlite3")


def _pg_env() -> dict:
    import os

    db = _database()
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def _pg_args() -> list[str]:
    db = _database()
    args = ["--host", db.get("HOST") or "127.0.0.1", "--port", str(db.get("PORT") or 5432)]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    return args


def backup_create(*, directory: Path) -> Path:
    """Write a backup folder (database + media) under `directory`; returns its path."""
    target = Path(directory) / datetime.now().strftime("backup-%Y%m%d-%H%M%S")
    target.mkdir(parents=True, exist_ok=False)
    if _is_sqlite():
        connection = connections["default"]
        connection.ensure_connection()
        destination = sqlite3.connect(str(target / "database.sqlite3"))
        with destination:
            connection.connection.backup(destination)
        destination.close()
    else:
        subprocess.run(
            [
                "pg_dump",
                *_pg_args(),
                "--format=custom",
                "--no-owner",
                "--file",
                str(target / "database.dump"),
                _database()["NAME"],
            ],
            check=True,
            env=_pg_env(),
        )
    media = Path(settings.MEDIA_ROOT)
    with tarfile.open(target / "media.tar.gz", "w:gz") as archive:
        if media.exists():
            archive.add(media, arcname="media")
    return target


def backup_restore(*, source: Path) -> None:
    """Replace the current database and media with a backup made by backup_create."""
    source = Path(source)
    if _is_sqlite():
        connection = connections["default"]
        connection.ensure_connection()
        backup = sqlite3.connect(str(source / "database.sqlite3"))
        backup.backup(connection.connection)
        backup.close()
    else:
        connections["default"].close()
        subprocess.run(
            [
                "pg_restore",
                *_pg_args(),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--dbname",
                _database()["NAME"],
                str(source / "database.dump"),
            ],
            check=True,
            env=_pg_env(),
        )
    media = Path(settings.MEDIA_ROOT)
    if (source / "media.tar.gz").exists():
        if media.exists():
            shutil.rmtree(media)
        media.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(source / "media.tar.gz", "r:gz") as archive:
            archive.extractall(media.parent, filter="data")
        extracted = media.parent / "media"
        if extracted != media and extracted.exists():
            extracted.rename(media)
