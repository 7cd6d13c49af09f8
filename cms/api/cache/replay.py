"""A stored response as sent again: by the view on a hit, and by the early-hit middleware."""

from django.http import HttpRequest, HttpResponse

from ..negotiation import response_media
from .keys import CACHE_HEADER
from .store import CachedResponse


def replay(cached: CachedResponse, request: HttpRequest) -> HttpResponse:
    media = response_media(request)[0]
    response = HttpResponse(cached.body, content_type=f"{media}; charset=utf-8")
    for name, value in cached.headers:
        response[name] = value
    response[CACHE_HEADER] = "hit"
    return response
