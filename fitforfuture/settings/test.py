"""Test settings: fast hashing, in-memory email, immediate tasks, plain static files."""

import os

from .base import *  # noqa: F403

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
WAGTAILADMIN_BASE_URL = "http://testserver"
SITE_URL = WAGTAILADMIN_BASE_URL
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
