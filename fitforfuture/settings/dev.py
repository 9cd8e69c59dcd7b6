"""Local development: debug on, console email, tasks run straight away."""

import os

from .base import *  # noqa: F403
from .base import TASKS

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-not-secret-fitforfuture"
WHITENOISE_MAX_AGE = 0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Without a worker running, emails would wait in the queue: run tasks at once
# unless a backend is chosen explicitly.
if "TASKS_BACKEND" not in os.environ:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
INTERNAL_IPS = ["127.0.0.1"]

# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
