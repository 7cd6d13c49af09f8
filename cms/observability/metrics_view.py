"""`GET /metrics`: Prometheus' text format, for a scraper holding `NEWSROOM_METRICS_TOKEN`.

Absent (404) while the token is unset, so a deployment that never configured it exposes
nothing; refused (401) without `Authorization: Bearer <token>`, compared in constant time.
"""

import hmac

from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from cms.conf import newsroom

from .collectors import DatabaseCollector
from .metrics import registry

BEARER = "Bearer "


def authorized(request: HttpRequest, token: str) -> bool:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if not header.startswith(BEARER):
        return False
    return hmac.compare_digest(header[len(BEARER) :].strip().encode(), token.encode())


def metrics(request: HttpRequest) -> HttpResponse:
    token = newsroom.METRICS_TOKEN
    if not token:
        response = HttpResponse("Not found.", status=404, content_type="text/plain")
    elif not authorized(request, token):
        response = HttpResponse(
            "Send Authorization: Bearer <token>.", status=401, content_type="text/plain"
        )
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
    else:
        scraped = registry()
        database = DatabaseCollector()
        scraped.register(database)
        try:
            body = generate_latest(scraped)
        finally:
            scraped.unregister(database)
        response = HttpResponse(body, content_type=CONTENT_TYPE_LATEST)
    add_never_cache_headers(response)
    return response
