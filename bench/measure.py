"""In-process figures for one request: SQL queries, latency over repeats, response size.

Uses Django's test client in this process; load from a second process is in `load`.
"""

import json
import statistics
import time
from dataclasses import replace
from typing import Any

from django.db import connection, reset_queries
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from cms.api.http.cache.keys import CACHE_HEADER

from .targets import Request


class BadResponse(Exception):
    """A target answered with an error: its timings would measure the wrong work."""


def send(client: Client, request: Request):
    if request.method == "GET":
        return client.get(request.path, request.query, HTTP_ACCEPT="application/json")
    return client.post(request.path, request.body, content_type="application/json")


def checked_payload(response) -> dict[str, Any]:
    if response.status_code != 200:
        raise BadResponse(f"HTTP {response.status_code}: {response.content[:300]!r}")
    payload = json.loads(response.content)
    if isinstance(payload, dict) and payload.get("errors"):
        raise BadResponse(f"GraphQL errors: {json.dumps(payload['errors'])[:300]}")
    return payload


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(client: Client, request: Request, repeats: int) -> list[float]:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        send(client, request)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


@override_settings(NEWSROOM_API_CACHE_ENABLED=False)
def measure_uncached(request: Request, warmup: int) -> dict[str, Any]:
    """Queries and size of one request; its latency comes from `interleaved_timings`."""
    client = Client()
    for _ in range(warmup):
        checked_payload(send(client, request))
    reset_queries()  # each request empties the log when it starts: count from zero
    with CaptureQueriesContext(connection) as captured:
        response = send(client, request)
    queries = len(captured)  # now: each later request clears the log (request_started)
    payload = checked_payload(response)
    return {
        "queries": queries,
        "bytes": len(response.content),
        "json_bytes": len(json.dumps(payload, separators=(",", ":"), ensure_ascii=False)),
        "payload": payload,
    }


@override_settings(NEWSROOM_API_CACHE_ENABLED=False)
def interleaved_timings(requests: dict[str, Request], repeats: int) -> dict[str, dict[str, float]]:
    """Median and p95 latency of each request, timed round-robin: a burst of load from
    elsewhere on a shared machine slows every target alike, so the ratios between them hold
    even when the absolute figures do not."""
    clients = {name: Client() for name in requests}
    timings: dict[str, list[float]] = {name: [] for name in requests}
    for _ in range(repeats):
        for name, request in requests.items():
            timings[name] += timed(clients[name], request, 1)
    return {
        name: {"median_ms": statistics.median(values), "p95_ms": percentile(values, 0.95)}
        for name, values in timings.items()
    }


@override_settings(NEWSROOM_API_CACHE_ENABLED=True)
def measure_cached(request: Request, cached_path: str, repeats: int) -> dict[str, Any]:
    """The same request through the response cache, after one request has filled it."""
    request = replace(request, path=cached_path)
    client = Client()
    checked_payload(send(client, request))
    reset_queries()
    with CaptureQueriesContext(connection) as captured:
        response = send(client, request)
    queries = len(captured)
    checked_payload(response)
    timings = timed(client, request, repeats)
    return {
        "cache_hit": response.get(CACHE_HEADER) == "hit",
        "queries": queries,
        "median_ms": statistics.median(timings),
        "p95_ms": percentile(timings, 0.95),
    }
