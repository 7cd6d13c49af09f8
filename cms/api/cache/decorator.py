"""`cache_graphql_responses`: wrap a GraphQL view so anonymous read-only queries are cached.

The wrapper reads the request the way graphene-django's view does (GET parameters, JSON or
`application/graphql` bodies). Anything it cannot read, or that is not an anonymous query of
published content, goes to the view untouched: the view owns every error message.
"""

import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse

from cms.db.replica import may_store

from .keys import UncacheableQuery, cache_key, ensure_cacheable
from .stampede import single_flight
from .store import CachedResponse, response_cache

CACHE_HEADER = "X-Newsroom-Cache"


def cache_graphql_responses(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        key = request_cache_key(request) if response_cache.enabled else None
        if key is None:
            return view(request, *args, **kwargs)
        cached = response_cache.get(key)
        if cached is not None:
            return _hit(cached)
        with single_flight(key) as cached:
            if cached is not None:
                return _hit(cached)
            response = view(request, *args, **kwargs)
            if _is_storable(response) and may_store(request):
                content_type = response.get("Content-Type", "application/json")
                response_cache.set(key, CachedResponse(bytes(response.content), content_type))
                response[CACHE_HEADER] = "miss"
        return response

    return wrapped


def _hit(cached: CachedResponse) -> HttpResponse:
    response = HttpResponse(cached.body, content_type=cached.content_type)
    response[CACHE_HEADER] = "hit"
    return response


def request_cache_key(request: HttpRequest) -> str | None:
    """The cache key of this request, or None when it must not be answered from the cache."""
    user = getattr(request, "user", None)
    if (user is not None and user.is_authenticated) or "HTTP_AUTHORIZATION" in request.META:
        return None
    if request.method == "GET" and "text/html" in request.headers.get("Accept", ""):
        return None  # GraphiQL in a browser, not an API response
    params = graphql_params(request)
    if params is None:
        return None
    query, variables, operation_name = params
    try:
        ensure_cacheable(query, operation_name)
        return cache_key(query, variables, operation_name, getattr(request, "LANGUAGE_CODE", None))
    except UncacheableQuery:
        return None


def graphql_params(request: HttpRequest) -> tuple[str, dict[str, Any], str | None] | None:
    if request.method == "GET":
        data: dict[str, Any] = request.GET.dict()
    elif request.method == "POST":
        data = _post_data(request)
    else:
        return None
    if data is None:
        return None
    query, variables = data.get("query"), data.get("variables") or {}
    if isinstance(variables, str):
        try:
            variables = json.loads(variables)
        except ValueError:
            return None
    operation_name = data.get("operationName") or None
    if not isinstance(query, str) or not isinstance(variables, dict):
        return None
    if operation_name is not None and not isinstance(operation_name, str):
        return None
    return query, variables, operation_name


def _post_data(request: HttpRequest) -> dict[str, Any] | None:
    content_type = request.content_type
    if content_type == "application/graphql":
        return {**request.GET.dict(), "query": request.body.decode("utf-8", "replace")}
    if content_type == "application/json":
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            return None
        return data if isinstance(data, dict) else None
    return None


def _is_storable(response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming:
        return False
    try:
        payload = json.loads(response.content)
    except ValueError:
        return False
    return isinstance(payload, dict) and not payload.get("errors")
