"""Embedded default for `make run`: SQLite and media on local disk, nothing else to install."""

import os

from cms.security.csp import with_plain_http_media

from .base import *
from .environment import LOCAL_ORIGINS

DEBUG = True
VAR_DIR.mkdir(exist_ok=True)
SECRET_KEY = "dev-only-not-secret"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": VAR_DIR / "db.sqlite3",
        # IMMEDIATE + a busy timeout: runserver, the scheduler loop and the webhook worker
        # write to this file concurrently; deferred transactions would fail with "locked".
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }
}
# `make run` is several processes: the server, the scheduler loop and the webhook worker, and
# an editor's `manage.py shell`. The response cache's content generation must be one they all
# share, or a go-live, expiry or edit made by one stays invisible to the server until its
# cached answers expire: a cache on disk beside the database (Django's file cache).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": VAR_DIR / "cache",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
CONTENT_SECURITY_POLICY = with_plain_http_media(CONTENT_SECURITY_POLICY)

NEWSROOM_GRAPHQL = {**NEWSROOM_GRAPHQL, "GRAPHIQL": True}
# A frontend's dev server may run on any local port.
CORS_ALLOWED_ORIGIN_REGEXES = [LOCAL_ORIGINS]
NEWSROOM_SERVE_LOCAL_MEDIA = True
# Publish webhooks in `make run`: endpoints and secret from the environment when set.
NEWSROOM_WEBHOOK_SECRET = os.environ.get("NEWSROOM_WEBHOOK_SECRET", "dev-only-webhook-secret")
