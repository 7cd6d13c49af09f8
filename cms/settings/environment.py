"""Reading configuration from the environment, failing loudly rather than falling back silently."""

import os
import re

from django.core.exceptions import ImproperlyConfigured

from cms.conf import parse_bool, parse_list, parse_site_urls


def require_env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} is required in production and is not set "
            "(see infra/production.env.example)."
        )
    return value


def env_list(name: str, default: str = "") -> list[str]:
    return parse_list(os.environ.get(name, default))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return parse_bool(value)


def _env_number(name: str, default, kind: type, what: str):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return kind(value)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be {what}, got {value!r}.") from error


def env_int(name: str, default: int) -> int:
    return _env_number(name, default, int, "a whole number")


def env_float(name: str, default: float) -> float:
    return _env_number(name, default, float, "a number")


def cache_from_env() -> dict:
    """A shared cache is required in production: app processes are stateless and scale out."""
    url = os.environ.get("CACHE_URL", "").strip() or os.environ.get("REDIS_URL", "").strip()
    if not url:
        raise ImproperlyConfigured(
            "Set CACHE_URL or REDIS_URL: production needs a cache shared by all app processes."
        )
    if url.startswith(("redis://", "rediss://")):
        # Redis down means "serve uncached", logged once per outage (cms/db/redis_cache.py).
        return {"BACKEND": "cms.db.redis_cache.ResilientRedisCache", "LOCATION": url}
    if url.startswith("locmem://"):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    raise ImproperlyConfigured(f"Unsupported cache URL scheme in {url.split('://')[0]!r}.")


def site_urls(name: str) -> dict[str, str]:
    """A per-site map of URLs from `hostname=url,…`; a malformed entry stops the process."""
    try:
        return parse_site_urls(os.environ.get(name, ""))
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} {error}.") from error


def preview_client_urls() -> dict[str, str]:
    """wagtail-headless-preview's CLIENT_URLS: `NEWSROOM_PREVIEW_URL` for every site, and
    `NEWSROOM_PREVIEW_SITE_URLS` (`hostname=url,…`) per site. Empty means the CMS's own
    preview page at /preview/."""
    urls = {}
    if default := os.environ.get("NEWSROOM_PREVIEW_URL", "").strip():
        urls["default"] = default
    return urls | site_urls("NEWSROOM_PREVIEW_SITE_URLS")


LOCAL_ORIGINS = r"^https?://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$"
ORIGIN = re.compile(r"^https?://(\[[0-9a-fA-F:.]+\]|[^/\s:\[\]]+)(:\d+)?$")


def cors_origins_from_env() -> list[str]:
    """`NEWSROOM_CORS_ALLOWED_ORIGINS`: comma-separated origins (scheme, host, optional port,
    nothing else). A path or a wildcard is refused at start-up: a browser never sends one, so
    such an entry would silently allow nothing, and "*" would allow everyone."""
    origins = env_list("NEWSROOM_CORS_ALLOWED_ORIGINS")
    for origin in origins:
        if not ORIGIN.match(origin):
            raise ImproperlyConfigured(
                "NEWSROOM_CORS_ALLOWED_ORIGINS entries look like https://www.example.org "
                f"(scheme, host, optional port), got {origin!r}."
            )
    return origins
