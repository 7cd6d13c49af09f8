"""The outermost middleware: probes answered before anything else runs, and every other
request given its id, its log line and its metrics.

It must stay first in MIDDLEWARE: `/healthz` and `/readyz` then answer whatever the host
header or scheme (a load balancer probes by address, over plain HTTP), and an answer given
early by a later middleware (an early response-cache hit) is still counted and logged.
"""

import time
from collections.abc import Callable
from contextlib import ExitStack

import structlog
from django.db import connections
from django.http import HttpRequest, HttpResponse

from . import request_id
from .health import healthz, readyz
from .logs import get_logger
from .metrics import CACHE_HEADER, record_request
from .metrics_view import metrics

PROBES = {"/healthz": healthz, "/readyz": readyz, "/metrics": metrics}
"""Answered at debug level only: a probe every few seconds is not news."""

logger = get_logger("newsroom.request")


class QueryCount:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


class ObservabilityMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        probe = PROBES.get(request.path_info)
        if probe is not None:
            response = probe(request)
            response._has_been_logged = True  # Django would log a 503 or 401 at warning
            logger.debug("probe", path=request.path_info, status=response.status_code)
            return response
        request.request_id = request_id.incoming_or_new(request)
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request.request_id)
        started = time.perf_counter()
        queries = QueryCount()
        try:
            with ExitStack() as stack:
                for connection in connections.all(initialized_only=False):
                    stack.enter_context(connection.execute_wrapper(queries))
                response = self.get_response(request)
            seconds = time.perf_counter() - started
            response[request_id.HEADER] = request.request_id
            record_request(
                request, response.status_code, seconds, queries.count, response.get(CACHE_HEADER)
            )
            self.log(request, response, seconds, queries.count)
            return response
        finally:
            structlog.contextvars.clear_contextvars()

    @staticmethod
    def log(request: HttpRequest, response: HttpResponse, seconds: float, queries: int) -> None:
        fields = {
            "method": request.method,
            "path": request.path_info,
            "status": response.status_code,
            "duration_ms": round(seconds * 1000, 1),
            "queries": queries,
        }
        if operation := getattr(request, "graphql_operation", None):
            fields["graphql_operation"] = operation[0]
        if (cache := response.get(CACHE_HEADER)) is not None:
            fields["cache"] = cache
        user = getattr(request, "_cached_user", None)  # only if the request looked at it
        if user is not None and user.is_authenticated:
            fields["user_id"] = user.pk
        logger.info("request", **fields)
