"""Settings shared by every environment; each environment module only overrides what differs."""

import os
from pathlib import Path

from .environment import env_bool, env_int, env_list, preview_client_urls
from .machine_translation import machine_translator_from_env

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

INSTALLED_APPS = [
    "cms.media",
    "cms.ops",
    "cms.db",
    "cms.translation",
    "cms.api",
    "cms.webhooks",
    "cms.preview",
    "cms.landing",
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
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.media.middleware.StorageFaultMiddleware",
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
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
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
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ALLOW_UNICODE_SLUGS = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Translation (wagtail-localize). A page submitted for translation stays a draft in the target
# locale until a translator publishes it: an untranslated copy must never go live as a
# translation. Machine translation is off unless MACHINE_TRANSLATOR names a service.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_from_env(os.environ)

# Frontends are decoupled: Wagtail's own page serving is not the public site.
NEWSROOM_FRONTEND_BASE_URL = ""

# django-tasks (used by Wagtail 8 for background work such as search index updates).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    # Editorial flow: webhook deliveries are queued in the database and run by `db_worker`.
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["webhooks"]},
}

# Editorial flow (see README "Editorial flow"): publish webhooks, headless preview.
NEWSROOM_WEBHOOK_URLS = env_list("NEWSROOM_WEBHOOK_URLS")
NEWSROOM_WEBHOOK_SECRET = ""
NEWSROOM_WEBHOOK_MAX_ATTEMPTS = env_int("NEWSROOM_WEBHOOK_MAX_ATTEMPTS", 6)
NEWSROOM_WEBHOOK_RETRY_BASE_SECONDS = env_int("NEWSROOM_WEBHOOK_RETRY_BASE_SECONDS", 30)
NEWSROOM_WEBHOOK_TIMEOUT_SECONDS = env_int("NEWSROOM_WEBHOOK_TIMEOUT_SECONDS", 10)
NEWSROOM_PREVIEW_TOKEN_TTL = env_int("NEWSROOM_PREVIEW_TOKEN_TTL", 3600)
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": preview_client_urls(),
    "REDIRECT_ON_PREVIEW": False,
    "ENFORCE_TRAILING_SLASH": True,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# GraphQL API: limits just above what frontend_contract/operations need (see cms/api/protection.py).
NEWSROOM_GRAPHQL = {
    "MAX_DEPTH": env_int("NEWSROOM_GRAPHQL_MAX_DEPTH", 8),
    "MAX_ALIASES": env_int("NEWSROOM_GRAPHQL_MAX_ALIASES", 15),
    "MAX_TOKENS": env_int("NEWSROOM_GRAPHQL_MAX_TOKENS", 1000),
    "MAX_COST": env_int("NEWSROOM_GRAPHQL_MAX_COST", 3000),
    "MAX_BODY_BYTES": env_int("NEWSROOM_GRAPHQL_MAX_BODY_BYTES", 32 * 1024),
    "DEFAULT_PAGE_SIZE": 20,
    "MAX_PAGE_SIZE": 100,
    "INTROSPECTION": env_bool("NEWSROOM_GRAPHQL_INTROSPECTION", True),
    "GRAPHIQL": False,
}
NEWSROOM_SEARCH_MAX_RESULTS = 500
NEWSROOM_RENDITION_SIZES = [
    *(80, 120, 135, 160, 180, 225, 240, 270, 320, 360, 400, 450, 480, 540, 600, 640, 675),
    *(720, 768, 800, 900, 960, 1080, 1200, 1350, 1440, 1600, 1920, 2000, 2400),
]
NEWSROOM_RENDITION_QUALITIES = [50, 60, 70, 75, 80, 85, 90]
GRAPHENE = {"SCHEMA": "cms.api.schema.schema"}

# GraphQL response cache (cms/api/cache): anonymous published-content queries, invalidated on
# publish/unpublish/move/delete. Needs a cache shared by all processes in production.
NEWSROOM_API_CACHE_ENABLED = True
NEWSROOM_API_CACHE_TIMEOUT = 300
