"""Settings shared by every environment; each environment module only overrides what differs."""

import datetime
import os
from pathlib import Path

from cms.conf import from_environment as newsroom_from_environment
from cms.observability.logs import logging_config
from cms.security.csp import POLICY as CONTENT_SECURITY_POLICY  # noqa: F401

from .environment import cors_origins_from_env, env_bool, env_int, preview_client_urls
from .machine_translation import machine_translator_from_env

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

INSTALLED_APPS = [
    "cms.observability",
    "cms.media",
    "cms.ops",
    "cms.db",
    "cms.translation",
    "cms.api",
    "cms.webhooks",
    "cms.preview",
    "cms.landing",
    "cms.search",
    "cms.feeds",
    "cms.ninjs",
    "cms.sync",
    "cms.embargo",
    "cms.review",
    "cms.wordpress",
    "cms.xliff",
    "newsroom_pages",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_headless_preview",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "graphene_django",
    "django_tasks",
    "django_tasks_db",
    "storages",
    "axes",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "cms.observability.middleware.ObservabilityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "cms.api.http.caching.ApiHttpCachingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cms.api.http.cache.early_hit.EarlyCacheHitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cms.actors.ActorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cms.review.refusals.PublicationRefusalMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "newsroom_pages.redirects.PublicRedirectMiddleware",
    "cms.media.middleware.StorageFaultMiddleware",
    "axes.middleware.AxesMiddleware",
    "csp.middleware.CSPMiddleware",
    "cms.security.csp.AdminScriptNonceMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Admin login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one
# username from one address, that pair is locked out (HTTP 429) for the cool-off time, even
# with the right password; a successful login resets the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/login_locked.html"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: content locales are declared from the first migration so translation work
# never needs a data migration.
LANGUAGE_CODE = "en"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("en", "English"),
    ("ar", "Arabic"),
    ("fr", "French"),
    ("es", "Spanish"),
]
WAGTAIL_I18N_ENABLED = True
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    # Local disk (`make run`, tests); production puts media on S3 (cms/settings/production.py).
    "default": {"BACKEND": "cms.media.local_storage.LocalMediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Newsroom CMS"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
WAGTAILIMAGES_IMAGE_MODEL = "media.NewsroomImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.media.forms.NewsroomImageForm"
WAGTAILDOCS_DOCUMENT_MODEL = "media.NewsroomDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.media.forms.NewsroomDocumentForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "csv", "docx", "odt", "xlsx", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cms.search.wagtail_index"}}
WAGTAIL_ALLOW_UNICODE_SLUGS = True
# No third-party requests from the admin (they would tell Gravatar who works here); the CSP
# would block them anyway.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Translation (wagtail-localize). A page submitted for translation stays a draft in the target
# locale until a translator publishes it: an untranslated copy must never go live as a
# translation. Machine translation is off unless MACHINE_TRANSLATOR names a service.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_env(os.environ)

# django-tasks (used by Wagtail 8 for background work such as search index updates).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    # Editorial flow: webhook deliveries are queued in the database and run by `db_worker`.
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["webhooks"]},
    # WordPress imports started from the admin, run by `run_import_worker`.
    "imports": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["imports"]},
}

# Headless preview (docs/editors/editorial-flow.md).
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": preview_client_urls(),
    "REDIRECT_ON_PREVIEW": False,
    "ENFORCE_TRAILING_SLASH": True,
}

# Logs through structlog (cms/observability/logs.py): LOG_FORMAT=json writes one JSON object
# per line with the request id; text (the default here, json in production) reads on a terminal.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "").strip().lower() or "text"
LOGGING = logging_config(LOG_FORMAT, "WARNING")

# The API on the open web. CORS applies to the API alone (add the feeds' prefix here when they
# land); the admin and preview stay same-origin. Browsers cache a preflight for a day.
CORS_ALLOWED_ORIGINS = cors_origins_from_env()
CORS_URLS_REGEX = r"^/graphql/"
CORS_ALLOW_METHODS = ["GET", "POST", "OPTIONS"]
CORS_PREFLIGHT_MAX_AGE = env_int("NEWSROOM_CORS_PREFLIGHT_MAX_AGE", 86_400)
# Behind a proxy that sets X-Forwarded-Host, the request's host (and so relative media and
# document URLs) follows it; trusting it without such a proxy would let clients pick the host.
USE_X_FORWARDED_HOST = env_bool("DJANGO_USE_X_FORWARDED_HOST", False)
# HTTP caching of anonymous, public, error-free API GETs (cms/api/http/caching.py): browsers
# keep them briefly; CDNs longer, since publish webhooks purge them by cache tag.
# (NEWSROOM_HTTP_CACHE_* and NEWSROOM_SERVE_LOCAL_MEDIA are declared in cms/conf.py.)

GRAPHENE = {"SCHEMA": "cms.api.schema.schema"}

# Every NEWSROOM_* setting (API limits, response cache, webhooks, preview, renditions) with its
# default and environment variable is declared once, in cms/conf.py.
globals().update(newsroom_from_environment(os.environ))
AXES_FAILURE_LIMIT = NEWSROOM_LOGIN_FAILURE_LIMIT  # noqa: F821 (set just above)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=NEWSROOM_LOGIN_COOLOFF_MINUTES)  # noqa: F821

# Embargoes and legal review (docs/editors/embargo.md); the NEWSROOM_EMBARGO_*,
# NEWSROOM_LEGAL_REVIEW_* and NEWSROOM_DASHBOARD_* settings are declared in cms/conf.py.
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Newsroom press office <press@example.org>"
)

# The publication rule (cms/review/governance.py): finishing a Legal review clears and publishes
# the approved revision, and an edit made during review has to be approved again.
WAGTAIL_FINISH_WORKFLOW_ACTION = "cms.review.workflow.publish_reviewed"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
