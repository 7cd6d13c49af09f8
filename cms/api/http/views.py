"""The /graphql/ endpoint: HTTP in and out around the request pipeline (`pipeline.py`).

graphene-django's view is kept for GraphiQL only; reading, limits, caching, execution and error
shaping are the pipeline's, so nothing executes before the limits and nothing unexpected reaches
a client with internals in it.
"""

import json

import orjson
from django.http import HttpRequest, HttpResponse
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView

from cms.api.core.errors import ErrorCode, Refusal
from cms.api.core.private import apply_private_headers
from cms.api.http.cache.keys import CACHE_HEADER
from cms.api.http.cache.replay import replay
from cms.api.http.cache.stampede import single_flight
from cms.api.http.cache.store import CachedResponse, response_cache
from cms.api.http.database import on_read_database
from cms.api.http.negotiation import response_media, status_for
from cms.api.http.pipeline import Operation, internal_error_body, prepare, refusal_body, run
from cms.api.http.request import read_request
from cms.api.http.shown import shown_headers
from cms.api.schema import schema
from cms.conf import newsroom
from cms.db.replica import may_store
from cms.observability.metrics import note_graphql_operation

CONTENT_TYPE = "application/json"


def json_response(body: dict, status: int, request: HttpRequest | None = None) -> HttpResponse:
    """JSON in the media type the client negotiated (negotiation.py); refusals' statuses follow
    it too."""
    media = response_media(request)[0] if request is not None else CONTENT_TYPE
    if request is not None:
        codes = [error.get("extensions", {}).get("code") for error in body.get("errors", [])]
        status = status_for(request, status, codes)
    return HttpResponse(encoded(body), status=status, content_type=f"{media}; charset=utf-8")


def encoded(body: dict) -> bytes:
    """Compact UTF-8 JSON, by orjson (several times faster than `json` on a listing); `json`
    for what orjson refuses (a lone surrogate in a string), so nothing becomes a 500."""
    try:
        return orjson.dumps(body)
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(
            "utf-8", "backslashreplace"
        )


@method_decorator(csrf_exempt, name="dispatch")
class NewsroomGraphQLView(GraphQLView):
    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method not in ("GET", "POST"):
            refusal = Refusal.of(
                405, "GraphQL accepts GET and POST requests only.", ErrorCode.METHOD_NOT_ALLOWED
            )
            response = json_response(refusal_body(refusal), 405, request)
            response["Allow"] = "GET, POST"
            return response
        if (
            newsroom.GRAPHQL["GRAPHIQL"]
            and request.method == "GET"
            and self.request_wants_html(request)
        ):
            self.graphiql = True  # read per request, so tests can turn it on
            return super().dispatch(request, *args, **kwargs)
        note_graphql_operation(request, None, persisted=False)
        try:
            return self.answer(request)
        except Refusal as refusal:
            response = json_response(refusal_body(refusal), refusal.status, request)
            for name, value in refusal.headers.items():
                response[name] = value
            return response
        except Exception as error:
            return json_response(internal_error_body(error), 500, request)

    @staticmethod
    def answer(request: HttpRequest) -> HttpResponse:
        """`request.api_shareable` tells the HTTP caching middleware (http_caching.py) that
        the answer is the response cache's kind: anonymous, public and error-free; the key and
        generation let the early-hit middleware (cache/early_hit.py) answer the next one."""
        operation = prepare(request, read_request(request))
        note_graphql_operation(request, operation.name, persisted=operation.persisted)
        key = operation.cache_key(request)
        if key is None:
            shareable = operation.shareable(request)
            return on_read_database(
                request, False, lambda: compute(request, operation, None, shareable)
            )
        request.api_cache_key = key
        request.api_cache_generation = response_cache.generation()
        cached = response_cache.get(key, generation=request.api_cache_generation)
        if cached is None:
            with single_flight(key) as cached:
                if cached is None:
                    return on_read_database(
                        request, True, lambda: compute(request, operation, key, True)
                    )
        request.api_shareable = True
        return replay(cached, request)


def compute(
    request: HttpRequest, operation: Operation, key: str | None, shareable: bool
) -> HttpResponse:
    """Executes, and stores what the response cache may share: never a response read from a
    replica older than the last publish (`may_store`)."""
    answer = run(request, operation)
    response = apply_private_headers(request, json_response(answer.body, answer.status, request))
    shown = shown_headers(request.api_context.pages)
    for name, value in shown.items():
        response[name] = value
    request.api_shareable = shareable and answer.storable
    if key is not None and request.api_shareable and may_store(request):
        stored = CachedResponse(bytes(response.content), CONTENT_TYPE, tuple(shown.items()))
        response_cache.set(key, stored)
        response[CACHE_HEADER] = "miss"
    return response


def graphql_view():
    return NewsroomGraphQLView.as_view(schema=schema, graphiql=newsroom.GRAPHQL["GRAPHIQL"])
