"""Test settings: fast hashing, in-memory email, immediate tasks, plain static files."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import DATABASES

SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if not os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "fitforfuture-test",
        }
    }
PRIVATE_EXPORTS_ROOT = Path(tempfile.gettempdir()) / "fitforfuture-test-exports"
WAGTAILADMIN_BASE_URL = "http://testserver"
SITE_URL = WAGTAILADMIN_BASE_URL
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Two-factor is off unless a test turns it on (fitforfuture/tests/test_two_factor.py does).
ADMIN_2FA_REQUIRED = False

# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# SQLite tests use a database file, not the shared in-memory one: the concurrency tests sign
# people up from many threads at once, and a shared-cache memory database answers them with
# "table is locked" instead of queueing them as a file does. One file per run (by process id),
# so that runs side by side do not clash.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {
        "NAME": os.path.join(tempfile.gettempdir(), f"fitforfuture-test-{os.getpid()}.sqlite3"),
    }
