"""Production: everything from the environment; a missing required value stops the process."""

import os

import dj_database_url

from cms.media.storage import s3_media_storage
from cms.observability.errors import init_sentry
from cms.observability.logs import logging_config

from .base import *
from .environment import cache_from_env, env_bool, env_float, env_int, env_list, require_env

DEBUG = False
SECRET_KEY = require_env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS") or [require_env("DJANGO_ALLOWED_HOSTS")]
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS") or [
    require_env("DJANGO_CSRF_TRUSTED_ORIGINS")
]
DATABASES = {
    "default": dj_database_url.parse(
        require_env("DATABASE_URL"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
# Optional streaming replica for API reads (cms/db/replica.py decides when it may answer).
if replica_url := os.environ.get("DATABASE_REPLICA_URL", "").strip():
    DATABASES["replica"] = dj_database_url.parse(
        replica_url,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
for database in DATABASES.values():
    database.setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
DATABASE_ROUTERS = ["cms.db.router.ReplicaRouter"]
CACHES = {"default": cache_from_env()}
WAGTAILADMIN_BASE_URL = require_env("WAGTAILADMIN_BASE_URL")
NEWSROOM_FRONTEND_BASE_URL = require_env("NEWSROOM_FRONTEND_BASE_URL")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"  # Wagtail sets SAMEORIGIN on its own preview views.

# How long identical requests wait for the one computing a response (cms/api/http/cache/stampede.py).

NEWSROOM_GRAPHQL = {
    **NEWSROOM_GRAPHQL,
    "INTROSPECTION": env_bool("NEWSROOM_GRAPHQL_INTROSPECTION", False),
    "GRAPHIQL": False,
}

# Media (originals, renditions, documents) on S3-compatible storage: cms/media/storage.py.
STORAGES = {**STORAGES, "default": s3_media_storage()}
STATIC_ROOT = os.environ.get("DJANGO_STATIC_ROOT", "").strip() or STATIC_ROOT

TASKS = {**TASKS, "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Signed publish webhooks: a secret is required as soon as an endpoint is configured.
if NEWSROOM_WEBHOOK_URLS:
    NEWSROOM_WEBHOOK_SECRET = require_env("NEWSROOM_WEBHOOK_SECRET")

# Embargo emails go out over SMTP; the open log hashes IPs under a key of its own.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = require_env("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = require_env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
NEWSROOM_EMBARGO_IP_HASH_KEY = require_env("NEWSROOM_EMBARGO_IP_HASH_KEY")

LOG_FORMAT = os.environ.get("LOG_FORMAT", "").strip().lower() or "json"
LOGGING = logging_config(LOG_FORMAT, env_list("DJANGO_LOG_LEVEL", "INFO")[0])

# Errors to Sentry when SENTRY_DSN is set (cms/observability/errors.py): no personal data.
init_sentry(
    os.environ.get("SENTRY_DSN", "").strip(),
    environment=os.environ.get("SENTRY_ENVIRONMENT", "").strip() or "production",
    release=os.environ.get("SENTRY_RELEASE", "").strip() or None,
    traces_sample_rate=env_float("SENTRY_TRACES_SAMPLE_RATE", 0.0),
)
