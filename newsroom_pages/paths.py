"""Frontend paths: what a website shows in its address bar, never a CMS or server URL."""

from django.conf import settings
from wagtail.models import Page

from cms.conf import newsroom


def frontend_path(page: Page, *, url_path: str | None = None) -> str:
    """`/newsroom/<slug>/` for the default locale, `/<code>/newsroom/<slug>/` otherwise.

    The first segment of Wagtail's url_path is the locale's site root, which a frontend never
    shows; the page must have its locale loaded (select_related) to avoid a query.
    """
    segments = (url_path or page.url_path).strip("/").split("/")[1:]
    path = "/" + "".join(f"{segment}/" for segment in segments)
    code = page.locale.language_code
    return path if code == settings.LANGUAGE_CODE else f"/{code}{path}"


def split_frontend_path(path: str) -> tuple[str | None, list[str]]:
    """The locale code a path starts with (if any) and the remaining slugs."""
    segments = [segment for segment in path.strip().strip("/").split("/") if segment]
    codes = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    if segments and segments[0] in codes:
        return segments[0], segments[1:]
    return None, segments


def tree_lookup(path: str) -> tuple[str | None, dict[str, object]]:
    """The locale a frontend path names (if any) and the filters that find its page in any
    locale's tree: the depth, the url_path's tail and the slug, which is always the last
    segment of a url_path; the slug is what makes the lookup an index scan (Wagtail indexes
    `slug`, not `url_path`) at any size of the archive. Filter by locale besides."""
    code, slugs = split_frontend_path(path)
    lookup: dict[str, object] = {
        "depth": len(slugs) + 2,
        "url_path__endswith": "/" + "".join(f"{slug}/" for slug in slugs),
    }
    if slugs:
        lookup["slug"] = slugs[-1]
    return code, lookup


def frontend_base_url(hostname: str | None, fallback: str = "") -> str:
    """The public website's origin for the site at `hostname` (NEWSROOM_FRONTEND_SITE_URLS),
    else NEWSROOM_FRONTEND_BASE_URL, else `fallback` (the requested origin in development)."""
    base = newsroom.FRONTEND_SITE_URLS.get(hostname or "") or newsroom.FRONTEND_BASE_URL or fallback
    return base.rstrip("/")


def frontend_url(page: Page, base_url: str) -> str:
    """The absolute address a reader or a crawler uses for `page`."""
    return base_url + frontend_path(page)
