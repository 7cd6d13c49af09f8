"""Cached responses through HTTP: `/graphql/` answering from the response cache against its
ceiling (`bench.ceiling`, same server, same cache, same bytes), and 304 revalidations.

Each gunicorn worker has its own in-memory cache; `load` runs one uncounted second of wrk
first, which fills both workers before anything is counted.
"""

import json
from dataclasses import replace
from typing import Any

from cms.api.http.cache.keys import CACHE_HEADER

from .load import Server, load
from .targets import Request

CEILING_PATH = "/bench/cached-ceiling/"


def as_get(request: Request) -> Request:
    """The operation as a CDN-cacheable client sends it: a GET, which is also what the API
    gives an ETag to (a POST answer is never shared or revalidated)."""
    body = request.body or {}
    query = {"query": body["query"], "variables": json.dumps(body.get("variables") or {})}
    if body.get("operationName"):
        query["operationName"] = body["operationName"]
    return Request("GET", request.path, query=query, headers=request.headers)


def cached_figures(server: Server, request: Request, seconds: int) -> dict[str, Any]:
    """Cached and ceiling runs alternate (cached, ceiling, ceiling, cached) so that a change
    of load from elsewhere on the machine weighs on both alike."""
    request = as_get(request) if request.method == "POST" else request
    ceiling_request = replace(request, path=CEILING_PATH)
    runs = [load(server, r, seconds) for r in (request, ceiling_request, ceiling_request, request)]
    cached, ceiling = _combined(runs[0], runs[3]), _combined(runs[1], runs[2])
    status, headers = server.send(request)
    figures = {
        "cached_rps": cached["rps"],
        "cached_non_2xx": cached["non_2xx"],
        "cache_hit": status == 200 and headers.get(CACHE_HEADER) == "hit",
        "ceiling_rps": ceiling["rps"],
        "ceiling_non_2xx": ceiling["non_2xx"],
        "revalidation": revalidation(server, request, headers.get("ETag"), seconds),
    }
    figures["share_of_ceiling"] = (
        round(cached["rps"] / ceiling["rps"], 3) if ceiling["rps"] else None
    )
    return figures


def _combined(first: dict, second: dict) -> dict:
    return {
        "rps": (first["rps"] + second["rps"]) / 2,
        "non_2xx": first["non_2xx"] + second["non_2xx"],
    }


def revalidation(server: Server, request: Request, etag: str | None, seconds: int) -> dict:
    """req/s of conditional requests answered 304, once the API sends ETags."""
    if not etag:
        return {"unavailable": "no ETag"}
    conditional = replace(request, headers={**request.headers, "If-None-Match": etag})
    status, _headers = server.send(conditional)
    if status != 304:
        return {"unavailable": f"If-None-Match with the ETag answered {status}, not 304"}
    figures = load(server, conditional, seconds)
    return {"rps": figures["rps"], "non_2xx": figures["non_2xx"]}
