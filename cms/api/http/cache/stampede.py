"""One computation per cache key at a time, across every process sharing the cache.

A publish invalidates every stored response at once, so right after it every client misses
together. The first request to miss a key takes a short lock in the shared cache (`add` is
atomic on Redis) and computes; the others poll for its response for a few seconds. They are
never given the previous, stale response: after an unpublish or an expiry that would show
content that is no longer public. If the leader stores nothing (an error) or takes too long,
waiters compute for themselves; if the cache is unreachable there is no lock to wait for.
"""

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from cms.api.http.cache.keys import KEY_PREFIX
from cms.api.http.cache.store import CachedResponse, response_cache
from cms.conf import newsroom

LOCK_PREFIX = KEY_PREFIX + "lock:"
LOCK_SECONDS = 10
POLL_SECONDS = 0.05


def wait_seconds() -> float:
    return newsroom.API_STAMPEDE_WAIT_SECONDS


@contextmanager
def single_flight(key: str) -> Iterator[CachedResponse | None]:
    """Yields None when this request should compute the response (it holds the lock, or no
    lock can be had), or the response another request stored while this one waited."""
    cache = response_cache.cache
    lock = LOCK_PREFIX + key.removeprefix(KEY_PREFIX)
    token = uuid.uuid4().hex
    # The lock outlives the longest wait: waiters seeing it expire would all compute at once.
    acquired = cache.add(lock, token, timeout=max(LOCK_SECONDS, int(wait_seconds()) + 5))
    if acquired is False:
        yield _wait_for(key, lock)
        return
    try:
        yield None
    finally:
        if acquired and cache.get(lock) == token:
            cache.delete(lock)


def _wait_for(key: str, lock: str) -> CachedResponse | None:
    deadline = time.monotonic() + wait_seconds()
    while time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
        stored = response_cache.get(key)
        if stored is not None:
            return stored
        if response_cache.cache.get(lock) is None:
            return None  # the leader finished without storing: compute
    return None
