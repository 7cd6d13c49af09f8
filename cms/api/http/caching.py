"""HTTP caching of API responses, as browsers and CDNs see them.

An anonymous GET of published content that succeeded without errors is public: `Cache-Control:
public, max-age, s-maxage, stale-while-revalidate` (NEWSROOM_HTTP_CACHE), a strong `ETag` over
the body (`304 Not Modified` on `If-None-Match`), and a `Vary` that lists only what changes
the body. Everything else (signed-in, preview tokens, errors, POST) is `private, no-store`.
"Anonymous and published" is the response cache's own rule (the pipeline marks the request
`api_shareable`), so the two caches never disagree.

A middleware rather than a view decorator: it must run after the session and locale
middlewares have added `Vary: Cookie` and `Vary: Accept-Language`, which do not change a
public API response and would stop any CDN from sharing it.
"""

import hashlib
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.cache import cc_delim_re, patch_vary_headers

from cms.api.http.shown import SHOWN_HEADERS
from cms.conf import newsroom

API_PATH = "/graphql/"
PRIVATE = "private, no-store"
NOT_VARYING = frozenset({"cookie", "accept-language"})


class ApiHttpCachingMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path != API_PATH or request.method == "OPTIONS":
            return response
        if "html" in response.get("Content-Type", ""):
            return response
        if not is_public(request, response):
            response["Cache-Control"] = PRIVATE
            return response
        response["Cache-Control"] = public_cache_control()
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:40]}"'
        vary_only_on_what_changes_the_body(response)
        matches = if_none_match(request)
        if "*" in matches or response["ETag"] in matches:
            return not_modified(response)
        return response


def is_public(request: HttpRequest, response: HttpResponse) -> bool:
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    return getattr(request, "api_shareable", False)


def public_cache_control() -> str:
    configured = newsroom.HTTP_CACHE
    return (
        f"public, max-age={configured['MAX_AGE']}, s-maxage={configured['S_MAXAGE']}, "
        f"stale-while-revalidate={configured['STALE_WHILE_REVALIDATE']}"
    )


def vary_only_on_what_changes_the_body(response: HttpResponse) -> None:
    """The body depends on Accept (JSON, or GraphiQL's HTML for a browser) and, through CORS,
    on Origin; never on the session cookie or the reader's Accept-Language (the locale is an
    argument of the query)."""
    kept = [
        header
        for header in cc_delim_re.split(response.get("Vary", ""))
        if header and header.lower() not in NOT_VARYING
    ]
    del response["Vary"]
    patch_vary_headers(response, [*kept, "Accept"])


def if_none_match(request: HttpRequest) -> set[str]:
    """The entity tags of If-None-Match, compared weakly as RFC 9110 says (W/ dropped)."""
    header = request.headers.get("If-None-Match", "")
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def not_modified(response: HttpResponse) -> HttpResponse:
    unchanged = HttpResponseNotModified()
    for header in ("Cache-Control", "ETag", "Vary", *SHOWN_HEADERS):
        if header in response:
            unchanged[header] = response[header]
    return unchanged
