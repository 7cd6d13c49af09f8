"""A stored response as sent again: by the view on a hit, and by the early-hit middleware."""

from django.http import HttpRequest, HttpResponse

from cms.api.http.cache.keys import CACHE_HEADER
from cms.api.http.cache.store import CachedResponse
from cms.api.http.negotiation import response_media


def replay(cached: CachedResponse, request: HttpRequest) -> HttpResponse:
    media = response_media(request)[0]
    response = HttpResponse(cached.body, content_type=f"{media}; charset=utf-8")
    for name, value in cached.headers:
        response[name] = value
    response[CACHE_HEADER] = "hit"
    return response
