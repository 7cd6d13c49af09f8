"""Fast unit tests on SQLite; integration tests switch the database to PostgreSQL themselves."""

import tempfile

from cms.security.csp import with_plain_http_media

from .base import *

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="newsroom-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="newsroom-test-static-")
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CONTENT_SECURITY_POLICY = with_plain_http_media(CONTENT_SECURITY_POLICY)

# wagtail-localize's dummy translator reverses words locally: nothing leaves the machine.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
}
# Editorial flow: no webhook endpoints unless a test configures its own loopback server.
NEWSROOM_WEBHOOK_URLS = []
NEWSROOM_WEBHOOK_SECRET = "test-webhook-secret"
WAGTAIL_HEADLESS_PREVIEW = {**WAGTAIL_HEADLESS_PREVIEW, "CLIENT_URLS": {}}

NEWSROOM_SERVE_LOCAL_MEDIA = True

# The API response cache is exercised by tests/caching; elsewhere each request must execute.
NEWSROOM_API_CACHE_ENABLED = False
# Delta sync: nothing is left to settle in tests (one process, no concurrent commits).
NEWSROOM_SYNC_SETTLE_SECONDS = 0
