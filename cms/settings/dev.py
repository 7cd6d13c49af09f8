"""Embedded default for `make run`: SQLite and media on local disk, nothing else to install."""

import os

from .base import *

DEBUG = True
VAR_DIR.mkdir(exist_ok=True)
SECRET_KEY = "dev-only-not-secret"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": VAR_DIR / "db.sqlite3",
        "OPTIONS": {"init_command": "PRAGMA journal_mode=WAL;"},
    }
}
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Publish webhooks in `make run`: endpoints and secret from the environment when set.
NEWSROOM_WEBHOOK_SECRET = os.environ.get("NEWSROOM_WEBHOOK_SECRET", "dev-only-webhook-secret")
