"""`/healthz` (the process answers) and `/readyz` (it can serve: database, cache, storage).

Each readiness check runs in a thread of its own and the answer waits at most
`READY_TIMEOUT_SECONDS` for all of them together, so a database that accepts connections but
never replies costs a load balancer's probe 3 s, not a worker. A check still running from an
earlier probe is waited on rather than started again, so a hanging dependency never piles up
threads. The database check opens a connection of its own (with a connect timeout)
rather than the request thread's, which a hung socket would otherwise poison.
"""

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import add_never_cache_headers

READY_TIMEOUT_SECONDS = 3.0
DATABASE_CONNECT_TIMEOUT_SECONDS = 2
PROBE_KEY = "newsroom:readyz:probe"
PROBE_NAME = "readyz-probe"


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[], None]
    """Returns when the dependency answers; raises when it does not."""
    required: bool
    """A required dependency down means "fail" (503); an optional one "degraded" (200)."""


def check_database() -> None:
    wrapper = connections[DEFAULT_DB_ALIAS]
    params = wrapper.get_connection_params()
    if wrapper.vendor == "postgresql":
        params["connect_timeout"] = DATABASE_CONNECT_TIMEOUT_SECONDS
        params["options"] = f"-c statement_timeout={int(READY_TIMEOUT_SECONDS * 1000)}"
    raw = wrapper.get_new_connection(params)
    try:
        cursor = raw.cursor()
        cursor.execute("SELECT 1")
        cursor.fetchone()
        cursor.close()
    finally:
        raw.close()


def check_cache() -> None:
    """A round trip: the Redis backend turns an outage into misses, never into an error."""
    token = f"{time.time_ns()}"
    cache.set(PROBE_KEY, token, timeout=30)
    if cache.get(PROBE_KEY) != token:
        raise ConnectionError("the cache did not return what was just stored")


def check_storage() -> None:
    """A lookup of a name that does not exist: an answer either way means storage serves."""
    default_storage.exists(PROBE_NAME)


CHECKS = (
    Check("database", check_database, required=True),
    Check("cache", check_cache, required=False),
    Check("storage", check_storage, required=False),
)

_executor = ThreadPoolExecutor(max_workers=len(CHECKS) * 2, thread_name_prefix="readyz")
_running: dict[str, Future] = {}
_running_lock = threading.Lock()


def _timed(check: Check) -> dict:
    started = time.perf_counter()
    try:
        check.run()
    except Exception as error:
        return _result(False, started, f"{type(error).__name__}: {error}"[:300])
    return _result(True, started)


def _result(ok: bool, started: float, error: str = "") -> dict:
    result = {"ok": ok, "latency_ms": round((time.perf_counter() - started) * 1000, 1)}
    if error:
        result["error"] = error
    return result


def _submit(check: Check) -> Future:
    """The check's run still in flight (a hanging dependency is waited on, never run twice
    at once), or a new one."""
    with _running_lock:
        previous = _running.get(check.name)
        if previous is not None and not previous.done():
            return previous
        future = _executor.submit(_timed, check)
        _running[check.name] = future
        return future


def warm_up() -> None:
    """Run every check once without waiting (gunicorn's post_worker_init): the first probe
    then finds the storage and cache clients built, not building them against the clock."""
    for check in CHECKS:
        _submit(check)


def readiness(timeout: float = READY_TIMEOUT_SECONDS) -> tuple[str, dict[str, dict]]:
    """("ok" | "degraded" | "fail", each check's result), within `timeout` seconds."""
    started = time.perf_counter()
    futures = {check.name: _submit(check) for check in CHECKS}
    results = {}
    for check in CHECKS:
        future = futures[check.name]
        remaining = max(0.0, timeout - (time.perf_counter() - started))
        try:
            results[check.name] = future.result(timeout=remaining)
        except FutureTimeout:
            results[check.name] = {
                "ok": False,
                "latency_ms": round((time.perf_counter() - started) * 1000, 1),
                "error": f"no answer within {timeout:g} s",
            }
    failed = {check.name for check in CHECKS if not results[check.name]["ok"]}
    if any(check.required and check.name in failed for check in CHECKS):
        status = "fail"
    else:
        status = "degraded" if failed else "ok"
    return status, results


def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness: answers while the process can, touching no dependency."""
    return _uncached(JsonResponse({"status": "ok"}))


def readyz(request: HttpRequest) -> HttpResponse:
    status, checks = readiness()
    answer = JsonResponse({"status": status, "checks": checks})
    answer.status_code = 503 if status == "fail" else 200
    return _uncached(answer)


def _uncached(response: HttpResponse) -> HttpResponse:
    add_never_cache_headers(response)
    return response
