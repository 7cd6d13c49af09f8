"""Pages live on the frontends, not on the CMS host: Wagtail's own page routes
(`/newsroom/<slug>/`, `/ar/newsroom/<slug>/`) redirect there, and "View live" in the admin
opens the frontend.

The frontend of a page is found by its site's hostname in `NEWSROOM_FRONTEND_SITE_URLS`, else
`NEWSROOM_FRONTEND_BASE_URL`; with neither, the CMS has no public page to offer and answers 404.
"""

from urllib.parse import urlsplit

from django.http import Http404, HttpRequest, HttpResponseRedirect
from wagtail.models import Page, Site

from .paths import frontend_base_url, frontend_path
from .privacy import visible_pages


def redirect_to_frontend(page: Page, request: HttpRequest) -> HttpResponseRedirect:
    """Wagtail's `before_serve_page`: only live, public, unexpired pages are redirected;
    drafts, restricted and expired pages are 404, as on the API."""
    if not visible_pages(Page.objects.filter(pk=page.pk)).exists():
        raise Http404
    site = Site.find_for_request(request)
    base = frontend_base_url(site.hostname if site else None) or None
    if base is None:
        raise Http404
    return HttpResponseRedirect(base + frontend_path(page))


class FrontendUrlMixin:
    """`page.url`, `full_url` and the admin's "View live" are the page's absolute frontend URL
    when its site has a frontend configured; Wagtail's own URL otherwise."""

    def _on_frontend(self, parts):
        if parts is None:
            return None
        site_id, root_url, _page_path = parts
        base = frontend_base_url(urlsplit(root_url or "").hostname) or None
        return (site_id, base, frontend_path(self)) if base else None

    def get_url_parts(self, request: HttpRequest | None = None):
        parts = super().get_url_parts(request)
        return self._on_frontend(parts) or parts

    def get_url(self, request: HttpRequest | None = None, current_site=None) -> str | None:
        if parts := self._on_frontend(super().get_url_parts(request)):
            return parts[1] + parts[2]
        return super().get_url(request, current_site)

    url = property(get_url)
