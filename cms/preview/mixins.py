"""The page-model side of headless preview."""

from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import Site
from wagtail_headless_preview.models import HeadlessPreviewMixin
from wagtail_headless_preview.settings import headless_preview_settings


class NewsroomPreviewMixin(HeadlessPreviewMixin):
    """Opens the configured frontend (per site, else the default) with the token; with no
    frontend configured, the CMS's own preview page. That URL is relative: Wagtail renders
    previews with a synthetic request for the site's hostname, not the editor's host."""

    def get_client_root_url(self, request: HttpRequest) -> str:
        client_urls = headless_preview_settings.CLIENT_URLS or {}
        site = Site.find_for_request(request)
        if site is not None and site.hostname in client_urls:
            return client_urls[site.hostname].rstrip("/") + "/"
        if "default" in client_urls:
            return client_urls["default"].rstrip("/") + "/"
        return reverse("newsroom_preview")
