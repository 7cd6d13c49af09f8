"""The site's 404 handler follows Wagtail's redirects only to pages anyone may read.

Wagtail's own middleware answers a redirect to whatever page it names, so a redirect to a
draft (an imported WordPress draft keeps its old URL's redirect, ready for when it is
published) would tell anyone the draft's new address. Here the target must pass the privacy
rule (`visible_pages`); otherwise the answer stays the 404 it was.

The site root with a query string (`/?p=123`, WordPress's own link to every post) is not a 404
here, it is the home page: a redirect stored for exactly that address is followed first.
"""

from urllib.parse import urlparse

from django import http
from wagtail.contrib.redirects.middleware import RedirectMiddleware, get_redirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from .privacy import visible_pages


def _answer(redirect: Redirect | None):
    if redirect is None:
        return None
    if (
        redirect.redirect_page_id is not None
        and not visible_pages(Page.objects.filter(pk=redirect.redirect_page_id)).exists()
    ):
        return None
    if redirect.link is None:
        return None
    if redirect.is_permanent:
        return http.HttpResponsePermanentRedirect(redirect.link)
    return http.HttpResponseRedirect(redirect.link)


class PublicRedirectMiddleware(RedirectMiddleware):
    def process_request(self, request):
        if request.path != "/" or not request.META.get("QUERY_STRING"):
            return None
        path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
        return _answer(get_redirect(request, path))

    def process_response(self, request, response):
        if response.status_code != 404:
            return response
        path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
        redirect = get_redirect(request, path)
        if redirect is None and path != urlparse(path).path:
            redirect = get_redirect(request, urlparse(path).path)
        return _answer(redirect) or response
