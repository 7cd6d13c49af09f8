"""HTTP behaviour shared by feeds and sitemaps: public caching, a strong ETag with 304 answers,
and clear coded errors.

Bodies are kept in the API's response cache, so the same content generation that a publish,
unpublish, move or delete bumps (cms/api/http/cache/invalidation.py) makes the next request build
them afresh; `max-age` never reaches past the next embargo or expiry.
"""

import hashlib
import json
from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers

from cms.api.http.cache.store import CachedResponse, response_cache
from cms.conf import newsroom
from cms.observability.metrics import CACHE_HEADER
from newsroom_pages.localization import UnknownLocale
from newsroom_pages.scheduling import catch_up_when_due, next_scheduled_change

from .selection import InvalidFilter

KEY_PREFIX = "newsroom:feeds:"


def error_response(code: str, message: str, status: int) -> HttpResponse:
    body = json.dumps({"errors": [{"message": message, "extensions": {"code": code}}]})
    response = HttpResponse(body, status=status, content_type="application/json")
    patch_cache_control(response, no_store=True)
    return response


def max_age() -> int:
    """Shared caches may keep a body until the next scheduled change at the latest."""
    seconds = newsroom.FEED_MAX_AGE
    now = timezone.now()
    if upcoming := next_scheduled_change(now):
        seconds = min(seconds, max(int((upcoming - now).total_seconds()), 0))
    return seconds


def public_document(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve `view`'s 200 body from the shared cache, with Cache-Control and a strong ETag."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return error_response("METHOD_NOT_ALLOWED", "Only GET and HEAD are allowed.", 405)
        catch_up_when_due()
        key = KEY_PREFIX + hashlib.sha256(request.get_full_path().encode()).hexdigest()
        key += ":" + hashlib.sha256(request.get_host().encode()).hexdigest()[:16]
        cached = response_cache.get(key)
        state = "hit"
        if cached is None:
            try:
                response = view(request, *args, **kwargs)
            except InvalidFilter as error:
                return error_response("INVALID_FILTER", str(error), 400)
            except UnknownLocale as error:
                return error_response("UNKNOWN_LOCALE", str(error), 404)
            if response.status_code != 200:
                return response
            cached = CachedResponse(bytes(response.content), response["Content-Type"])
            response_cache.set(key, cached, timeout=max_age())
            state = "miss"
        etag = '"' + hashlib.sha256(cached.body).hexdigest()[:32] + '"'
        if _etags(request.headers.get("If-None-Match", "")) & {etag, "*"}:
            response = HttpResponse(status=304)
        else:
            response = HttpResponse(cached.body, content_type=cached.content_type)
        response["ETag"] = etag
        response[CACHE_HEADER] = state
        patch_cache_control(response, public=True, max_age=max_age())
        patch_vary_headers(response, ["Accept-Encoding"])
        return response

    return wrapped


def public_stream(view: Callable[..., StreamingHttpResponse]) -> Callable[..., HttpResponse]:
    """For documents whose size grows with the archive (a sitemap file of up to 50,000 URLs):
    streamed as `view` writes them, with the same Cache-Control as `public_document` (shared
    caches and the frontend's proxy keep them), never held whole in memory or in the response
    cache."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return error_response("METHOD_NOT_ALLOWED", "Only GET and HEAD are allowed.", 405)
        catch_up_when_due()
        try:
            response = view(request, *args, **kwargs)
        except UnknownLocale as error:
            return error_response("UNKNOWN_LOCALE", str(error), 404)
        if response.status_code == 200:
            response[CACHE_HEADER] = "stream"
            patch_cache_control(response, public=True, max_age=max_age())
            patch_vary_headers(response, ["Accept-Encoding"])
        return response

    return wrapped


def _etags(header: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}
