"""Settings for `make bench`: the product's settings plus the two peers, on one database.

`BENCH_DATABASE_URL` selects the database (the runner starts a throwaway PostgreSQL or uses a
SQLite file under var/bench/); both the in-process measurements and gunicorn use this module.
"""

import os

import dj_database_url

from cms.settings.base import *

DEBUG = False
SECRET_KEY = "bench-only-not-secret"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]

BENCH_DIR = VAR_DIR / "bench"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}"),
        conn_max_age=600,
    )
}
MEDIA_ROOT = BENCH_DIR / "media"
STATIC_ROOT = BENCH_DIR / "static"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# gunicorn runs with the cache off (uncached load); the in-process run toggles it per request.
NEWSROOM_API_CACHE_ENABLED = os.environ.get("BENCH_API_CACHE", "on") != "off"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# "bench" comes first: its ready() declares the peers' fields, which grapple's ready() and
# the REST API v3 schemas (built when wagtail.images' ready() imports them) read once.
INSTALLED_APPS = [
    "bench",
    *INSTALLED_APPS,
    "rest_framework",
    "wagtail.api.v2",
    "wagtail.api.v3",
    "grapple",
]
ROOT_URLCONF = "bench.urls"

WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_BASE_URL = "http://127.0.0.1"
WAGTAILAPI_DOCS_ENABLED = False
GRAPPLE = {
    "APPS": ["newsroom_pages", "media"],
    "PAGE_SIZE": 20,
    "MAX_PAGE_SIZE": 100,
    "EXPOSE_GRAPHIQL": False,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "ERROR"},
}
