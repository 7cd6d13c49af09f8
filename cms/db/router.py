"""Database routing: the primary (`default`) for everything except the API reads that the API
explicitly hands to the replica with `reading_from()`.

The admin, every write and every read inside a write transaction stay on the primary, so an
editor never reads their own change from a replica that has not replayed it yet.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import DEFAULT_DB_ALIAS, connections

_read_alias: ContextVar[str | None] = ContextVar("newsroom_read_alias", default=None)


@contextmanager
def reading_from(alias: str) -> Iterator[None]:
    token = _read_alias.set(alias)
    try:
        yield
    finally:
        _read_alias.reset(token)


class ReplicaRouter:
    def db_for_read(self, model, **hints) -> str | None:
        alias = _read_alias.get()
        if alias is None or alias == DEFAULT_DB_ALIAS:
            return None
        if connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return alias

    def db_for_write(self, model, **hints) -> str:
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints) -> bool:
        return True  # the replica holds the same rows as the primary

    def allow_migrate(self, db: str, app_label: str, **hints) -> bool:
        return db == DEFAULT_DB_ALIAS
