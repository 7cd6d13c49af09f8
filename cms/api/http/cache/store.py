"""Stored GraphQL responses, versioned by a content generation.

Every stored response carries the generation current when it was stored; a publish, unpublish,
move or delete bumps the generation (see `invalidation`), so the next request misses and sees
the change at once, without enumerating keys. Old entries simply age out.

The cache must be shared by all app processes (production reads `CACHE_URL`); with a
per-process cache each process would only see its own invalidations.
"""

import time
from dataclasses import dataclass
from datetime import datetime

from django.core.cache import caches
from django.utils import timezone

from cms.api.http.cache.keys import KEY_PREFIX
from cms.conf import newsroom
from newsroom_pages.scheduling import next_scheduled_change

GENERATION_KEY = KEY_PREFIX + "generation"


@dataclass(frozen=True)
class CachedResponse:
    body: bytes
    content_type: str
    headers: tuple[tuple[str, str], ...] = ()  # what the response showed (cms/api/http/shown.py)


class ResponseCache:
    def __init__(self, alias: str | None = None, timeout: int | None = None) -> None:
        self.alias = alias
        self.timeout = timeout

    @property
    def cache(self):
        return caches[self.alias or newsroom.API_CACHE_ALIAS]

    @property
    def enabled(self) -> bool:
        return newsroom.API_CACHE_ENABLED

    def generation(self) -> int:
        """The current content generation, started from the clock so that a generation lost
        by eviction is never reused by a restart."""
        generation = self.cache.get(GENERATION_KEY)
        if generation is None:
            self.cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
            generation = self.cache.get(GENERATION_KEY, time.time_ns())
        return generation

    def invalidate(self) -> None:
        try:
            self.cache.incr(GENERATION_KEY)
        except ValueError:
            self.cache.set(GENERATION_KEY, time.time_ns(), timeout=None)

    def get(self, key: str) -> CachedResponse | None:
        if not self.enabled:
            return None
        return self.cache.get(key, version=self.generation())

    def set(self, key: str, response: CachedResponse, timeout: int | None = None) -> None:
        if not self.enabled:
            return
        timeout = self._timeout(timeout)
        if timeout > 0:
            self.cache.set(key, response, timeout=timeout, version=self.generation())

    def _timeout(self, timeout: int | None) -> int:
        """A stored response must not outlive the next embargo or expiry: the signals do not
        fire at that moment, the clock does."""
        if timeout is None:
            timeout = self.timeout or newsroom.API_CACHE_TIMEOUT
        now = timezone.now()
        upcoming: datetime | None = next_scheduled_change(now)
        if upcoming is not None:
            timeout = min(timeout, int((upcoming - now).total_seconds()))
        return timeout


response_cache = ResponseCache()
