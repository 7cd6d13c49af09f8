"""Every `NEWSROOM_*` setting, declared once: its default and how the environment overrides it.

`cms/settings/base.py` takes the values from here (`from_environment`), environments override
them as Django settings, and code reads them through `newsroom` (`newsroom.WEBHOOK_URLS`), which
falls back to the declared default, so no module repeats a default of its own.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

PREFIX = "NEWSROOM_"


def parse_list(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def parse_bool(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def parse_site_urls(value: str) -> dict[str, str]:
    """`hostname=url,…`: a URL per Wagtail Site hostname."""
    urls = {}
    for pair in parse_list(value):
        hostname, separator, url = pair.partition("=")
        if not separator or not hostname.strip() or not url.strip():
            raise ValueError(f"entries look like hostname=url, got {pair!r}")
        urls[hostname.strip()] = url.strip()
    return urls


@dataclass(frozen=True)
class Setting:
    default: Any
    parse: Callable[[str], Any] | None = None
    """How to read `NEWSROOM_<NAME>` from the environment; None: not read from it."""


GRAPHQL_LIMITS = {
    "MAX_DEPTH": Setting(8, int),
    "MAX_ALIASES": Setting(15, int),
    "MAX_TOKENS": Setting(1000, int),
    "MAX_COST": Setting(3000, int),
    "MAX_BODY_BYTES": Setting(32 * 1024, int),
    "DEFAULT_PAGE_SIZE": Setting(20),
    "MAX_PAGE_SIZE": Setting(100),
    "INTROSPECTION": Setting(True, parse_bool),
    "GRAPHIQL": Setting(False),
    "PERSISTED_ONLY": Setting(False, parse_bool),
}

SETTINGS: dict[str, Setting] = {
    "WEBHOOK_URLS": Setting([], parse_list),
    "WEBHOOK_SECRET": Setting(""),
    "WEBHOOK_MAX_ATTEMPTS": Setting(6, int),
    "WEBHOOK_RETRY_BASE_SECONDS": Setting(30, int),
    "WEBHOOK_TIMEOUT_SECONDS": Setting(10, int),
    "PREVIEW_TOKEN_TTL": Setting(3600, int),
    "SEARCH_MAX_RESULTS": Setting(500),
    "SEARCH_RANKED_CANDIDATES": Setting(1000, int),
    "EXACT_COUNT_LIMIT": Setting(1000, int),
    "SITEMAP_MAX_URLS": Setting(50_000, int),
    "RENDITION_SIZES": Setting(
        [
            *(80, 120, 135, 160, 180, 225, 240, 270, 320, 360, 400, 450, 480, 540, 600, 630),
            *(640, 675, 720, 768, 800, 900, 960, 1080, 1200, 1350, 1440, 1600, 1920, 2000, 2400),
        ]
    ),
    "RENDITION_QUALITIES": Setting([50, 60, 70, 75, 80, 85, 90]),
    "API_CACHE_ENABLED": Setting(True, parse_bool),
    "API_CACHE_TIMEOUT": Setting(300, int),
    "API_CACHE_ALIAS": Setting("default"),
    "API_PLANNED_EXECUTION": Setting(True, parse_bool),
    "HTTP_CACHE": Setting({"MAX_AGE": 60, "S_MAXAGE": 300, "STALE_WHILE_REVALIDATE": 60}),
    "SERVE_LOCAL_MEDIA": Setting(False),
    "FRONTEND_BASE_URL": Setting("", str),
    "FRONTEND_SITE_URLS": Setting({}, parse_site_urls),
    "PUBLISHER_NAME": Setting("Newsroom", str),
    "FEED_ITEMS": Setting(50, int),
    "FEED_MAX_AGE": Setting(300, int),
    "SYNC_MAX_PAGE_SIZE": Setting(500),
    "SYNC_SETTLE_SECONDS": Setting(5, int),
    "SYNC_LOG_RETENTION_DAYS": Setting(90, int),
    "API_STAMPEDE_WAIT_SECONDS": Setting(5.0, float),
    "WEBHOOK_ALLOWED_HOSTS": Setting([], parse_list),
    "LOGIN_FAILURE_LIMIT": Setting(5, int),
    "LOGIN_COOLOFF_MINUTES": Setting(15, int),
    "EMBARGO_URL": Setting("", str),
    "EMBARGO_SITE_URLS": Setting({}, parse_site_urls),
    "EMBARGO_TOKEN_TTL": Setting(30 * 24 * 3600, int),
    "EMBARGO_IP_HASH_KEY": Setting(""),
    "LEGAL_REVIEW_BYPASS_GROUPS": Setting([], parse_list),
    "LEGAL_REVIEW_LOCALES": Setting(["*"], parse_list),
    "LEGAL_REVIEW_SECOND_PERSON": Setting(True, parse_bool),
    "DASHBOARD_EXPIRING_DAYS": Setting(7, int),
    "WORDPRESS_MEDIA_TIMEOUT_SECONDS": Setting(10.0, float),
    "WORDPRESS_MEDIA_PRIVATE_ADDRESSES": Setting(False, parse_bool),
    "METRICS_TOKEN": Setting("", str),
}


def _parsed(name: str, setting: Setting, environ: Mapping[str, str]) -> Any:
    raw = environ.get(PREFIX + name, "").strip()
    if setting.parse is None or not raw:
        return setting.default
    try:
        return setting.parse(raw)
    except ValueError as error:
        raise ImproperlyConfigured(f"{PREFIX}{name}: cannot read {raw!r} ({error}).") from error


def from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    """The `NEWSROOM_*` Django settings for this environment (defaults where unset)."""
    values = {PREFIX + name: _parsed(name, s, environ) for name, s in SETTINGS.items()}
    values[PREFIX + "GRAPHQL"] = {
        key: _parsed(f"GRAPHQL_{key}", s, environ) for key, s in GRAPHQL_LIMITS.items()
    }
    values[PREFIX + "HTTP_CACHE"] = {
        key: _parsed(f"HTTP_CACHE_{key}", Setting(default, int), environ)
        for key, default in SETTINGS["HTTP_CACHE"].default.items()
    }
    return values


class NewsroomSettings:
    def __getattr__(self, name: str) -> Any:
        if name == "GRAPHQL":
            configured = getattr(settings, PREFIX + "GRAPHQL", {})
            return {key: configured.get(key, s.default) for key, s in GRAPHQL_LIMITS.items()}
        try:
            declared = SETTINGS[name]
        except KeyError:
            raise AttributeError(f"{PREFIX}{name} is not a declared setting") from None
        return getattr(settings, PREFIX + name, declared.default)


newsroom = NewsroomSettings()
