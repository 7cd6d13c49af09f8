"""The Prometheus metrics of the app processes, in prometheus-client's multiprocess mode.

Under gunicorn every worker writes its samples to files in `PROMETHEUS_MULTIPROC_DIR`
(infra/gunicorn.conf.py sets it before the app loads and clears it at start), and `/metrics`
adds up every worker's files, so a scrape of one instance sees the whole instance. Outside
gunicorn (runserver, tests) the default in-process registry is used.

What happens in other processes (the webhook worker, the scheduler) is read from the database
at scrape time (collectors.py), where it is the truth whichever process did it.
"""

import os
import re
import threading

from django.http import HttpRequest
from django.urls import Resolver404, resolve
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram, multiprocess

CACHE_HEADER = "X-Newsroom-Cache"
"""Set to "hit" or "miss" by every response cache (the API's, the feeds'); counted here."""

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
QUERY_BUCKETS = (0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144)

HTTP_REQUESTS = Counter(
    "newsroom_http_requests", "HTTP requests answered, by view and status.",
    ["view", "method", "status"],
)  # fmt: skip
HTTP_LATENCY = Histogram(
    "newsroom_http_request_duration_seconds", "Time to answer an HTTP request, by view.",
    ["view"], buckets=LATENCY_BUCKETS,
)  # fmt: skip
GRAPHQL_REQUESTS = Counter(
    "newsroom_graphql_requests", "GraphQL requests by operation name and status.",
    ["operation", "persisted", "status"],
)  # fmt: skip
GRAPHQL_LATENCY = Histogram(
    "newsroom_graphql_request_duration_seconds", "Time to answer a GraphQL request.",
    ["operation"], buckets=LATENCY_BUCKETS,
)  # fmt: skip
RESPONSE_CACHE = Counter(
    "newsroom_response_cache", "Response-cache lookups that were answered, hit or miss.",
    ["result", "area"],
)  # fmt: skip
DB_QUERIES = Histogram(
    "newsroom_db_queries_per_request", "SQL queries run by one HTTP request.",
    buckets=QUERY_BUCKETS,
)  # fmt: skip

ANONYMOUS_OPERATION = "(anonymous)"
OTHER_OPERATION = "(other)"
MAX_AD_HOC_OPERATIONS = 50
"""Names of documents the CMS did not ship are client-chosen: past this many distinct ones per
process they are counted together, so a client cannot blow up the series count."""
_OPERATION_NAME = re.compile(r"^[_A-Za-z][_0-9A-Za-z]{0,63}$")
_ad_hoc_names: set[str] = set()
_ad_hoc_lock = threading.Lock()


def operation_label(name: str | None, persisted: bool) -> str:
    if not name or not _OPERATION_NAME.match(name):
        return ANONYMOUS_OPERATION
    if persisted:
        return name
    with _ad_hoc_lock:
        if name in _ad_hoc_names or len(_ad_hoc_names) < MAX_AD_HOC_OPERATIONS:
            _ad_hoc_names.add(name)
            return name
    return OTHER_OPERATION


def note_graphql_operation(request: HttpRequest, name: str | None, persisted: bool) -> None:
    """Called by whatever answers a GraphQL request (the view, an early cache hit): the
    request's metrics and log line are labelled with it."""
    request.graphql_operation = (operation_label(name, persisted), persisted)


def registry() -> CollectorRegistry:
    """The registry a scrape reads: every worker's samples in multiprocess mode."""
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return REGISTRY
    aggregated = CollectorRegistry()
    multiprocess.MultiProcessCollector(aggregated)
    return aggregated


def view_label(request: HttpRequest) -> str:
    """The URL pattern's name; resolved here for an answer given before URL resolution (an
    early cache hit), so it is counted under the view it stands for."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return "(unmatched)"
    return match.view_name or "(unnamed)"


def record_request(
    request: HttpRequest, status: int, seconds: float, queries: int, cache_result: str | None
) -> None:
    view = view_label(request)
    HTTP_REQUESTS.labels(view, request.method or "", str(status)).inc()
    HTTP_LATENCY.labels(view).observe(seconds)
    DB_QUERIES.observe(queries)
    if cache_result in ("hit", "miss"):
        area = "graphql" if request.path_info.startswith("/graphql") else "feeds"
        RESPONSE_CACHE.labels(cache_result, area).inc()
    operation = getattr(request, "graphql_operation", None)
    if operation is not None:
        label, persisted = operation
        GRAPHQL_REQUESTS.labels(label, str(persisted).lower(), str(status)).inc()
        GRAPHQL_LATENCY.labels(label).observe(seconds)
