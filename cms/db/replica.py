"""When an API read may use the replica, and when its response may be cached.

A replica replays the primary's write-ahead log with some lag. Each commit that invalidates
responses records the primary's WAL position (LSN) in the shared cache, then invalidates again.
A request reads from the replica only if the replica has replayed that position (otherwise
from the primary), and remembers the replica's position at the start; its response is stored
only if no later publish has been recorded since (`may_store`). So no response computed from
data older than the last publish is ever cached, however far the replica lags.

A replica that cannot be reached is skipped for a few seconds: reads fall back to the primary.
"""

import logging
import time
from collections.abc import Callable
from contextlib import suppress

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.http import HttpRequest

REPLICA = "replica"
PUBLISH_LSN_KEY = "newsroom:replica:publish-lsn"
RETRY_SECONDS = 5.0
REQUEST_ATTRIBUTE = "_newsroom_replica_lsn"

logger = logging.getLogger(__name__)
_down_until = 0.0


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


def parse_lsn(text: str) -> int:
    high, _, low = text.partition("/")
    return (int(high, 16) << 32) + int(low, 16)


def choose_read_database(request: HttpRequest) -> str:
    """The alias this API request reads from; notes the replica's position on the request."""
    global _down_until
    if not replica_configured() or time.monotonic() < _down_until:
        return DEFAULT_DB_ALIAS
    try:
        replayed = _replica_position()
    except DatabaseError:
        connections[REPLICA].close()
        if _down_until == 0.0:
            logger.warning("Replica unreachable: API reads go to the primary.")
        _down_until = time.monotonic() + RETRY_SECONDS
        return DEFAULT_DB_ALIAS
    if _down_until:
        logger.warning("Replica reachable again: API reads use it.")
        _down_until = 0.0
    published = cache.get(PUBLISH_LSN_KEY)
    if published is None:
        # The cache lost the position (restarted, evicted): the primary's current one is a
        # safe floor. This request reads from the primary.
        _record_floor()
        return DEFAULT_DB_ALIAS
    if replayed is None or parse_lsn(replayed) < parse_lsn(published):
        return DEFAULT_DB_ALIAS  # behind the last publish
    setattr(request, REQUEST_ATTRIBUTE, replayed)
    return REPLICA


def may_store(request: HttpRequest) -> bool:
    """False when the response was read from a replica position older than the last publish."""
    replayed = getattr(request, REQUEST_ATTRIBUTE, None)
    if replayed is None:
        return True
    published = cache.get(PUBLISH_LSN_KEY)
    return published is not None and parse_lsn(replayed) >= parse_lsn(published)


def _replica_position() -> str | None:
    connection = connections[REPLICA]
    connection.close_if_health_check_failed()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_last_wal_replay_lsn()::text")
        return cursor.fetchone()[0]


def _primary_position() -> str:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()::text")
        return cursor.fetchone()[0]


def _record_floor() -> None:
    with suppress(DatabaseError):  # the primary is down too: the request will say so
        cache.add(PUBLISH_LSN_KEY, _primary_position(), timeout=None)


def record_publish_position(then: Callable[[], None]) -> None:
    """Store the primary's current WAL position, then run `then` (invalidate the responses
    once more, so that nothing stored before the position was known survives)."""
    try:
        position = _primary_position()
    except DatabaseError:
        logger.exception("Could not read the primary's WAL position after a publish")
        return
    cache.set(PUBLISH_LSN_KEY, position, timeout=None)
    then()
