"""The shared cache on Redis, for which an outage means "serve uncached", never an error.

django-redis with IGNORE_EXCEPTIONS already turns a lost connection into a cache miss; on its
own it logs every failed call (thousands a second under load) or none. This backend logs the
first failure of an outage and the first success after it, and connects with short timeouts and
no retries so that an unreachable Redis costs each request milliseconds, not seconds.
"""

import logging
import os
import threading

from django_redis.cache import CONNECTION_INTERRUPTED, RedisCache

logger = logging.getLogger(__name__)


class OutageLog:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.down = False

    def exception(self, *_args, **_kwargs) -> None:
        with self._lock:
            if self.down:
                return
            self.down = True
        logger.error(
            "Redis unreachable (pid %s): serving uncached until it is back.",
            os.getpid(),
            exc_info=True,
        )

    def recovered(self) -> None:
        if not self.down:
            return
        with self._lock:
            self.down = False
        logger.warning("Redis reachable again (pid %s): caching resumed.", os.getpid())


_outages: dict[str, OutageLog] = {}
_outages_lock = threading.Lock()


def outage_log(server: str) -> OutageLog:
    """One per Redis server and process: Django builds a cache backend per thread."""
    with _outages_lock:
        return _outages.setdefault(server, OutageLog())


class ResilientRedisCache(RedisCache):
    def __init__(self, server: str, params: dict) -> None:
        options = {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 1.0,
            **params.get("OPTIONS", {}),
        }
        super().__init__(server, {**params, "OPTIONS": options})
        self._log_ignored_exceptions = True
        self.logger = outage_log(str(server))

    def get(self, key, default=None, version=None, client=None):
        value = self._get(key, default, version, client)
        if value is CONNECTION_INTERRUPTED:
            return default
        self.logger.recovered()
        return value
