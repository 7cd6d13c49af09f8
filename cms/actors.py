"""Who is acting: the user behind a change, wherever the change is made.

Rules that protect content (legal review, translation rights) are checked where Wagtail and
wagtail-localize change pages, deep below the view that started the change, and often without
the user being passed down (wagtail-localize publishes translations in an `on_commit` callback
with no user at all). So every door that can change content declares its actor once, at the
door: the middleware for every web request (admin, admin API, wagtail-localize's views), the
scheduler and the task worker as the system (a user of no rights), commands from their
`--user`. Code that runs outside any door (a Python shell, migrations, test factories, the
demo loader) has no actor and is trusted: whoever runs it holds the database already.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from django.db import connections
from django.http import HttpRequest, HttpResponse


@dataclass
class Actor:
    """`user` None is the system: the scheduler or a worker, acting on nobody's behalf."""

    door: str
    user: Any = None
    request: HttpRequest | None = None
    allowed: set[tuple[int, int | None]] = field(default_factory=set)
    """(page id, revision id) pairs a rule has already let through in this action."""
    refusals: list[Any] = field(default_factory=list)

    @property
    def person(self) -> Any:
        """The signed-in user, or None for the system and anonymous visitors."""
        user = self.request.user if self.request is not None else self.user
        return user if user is not None and user.is_authenticated else None


_current: ContextVar[Actor | None] = ContextVar("newsroom_actor", default=None)


def current_actor() -> Actor | None:
    return _current.get()


def _on_behalf_of(actor: Actor, work: Callable[[], Any]) -> Callable[[], Any]:
    def run() -> Any:
        token = _current.set(actor)
        try:
            return work()
        finally:
            _current.reset(token)

    return run


@contextlib.contextmanager
def acting_as(user: Any, door: str, request: HttpRequest | None = None) -> Iterator[Actor]:
    """Work deferred to the end of a transaction (`on_commit`) is still done by this actor,
    even when the transaction outlives the door (an outer atomic block, ATOMIC_REQUESTS):
    otherwise a publish deferred by wagtail-localize would run as nobody, and be trusted."""
    actor = Actor(door=door, user=user, request=request)
    pending = {db.alias: len(db.run_on_commit) for db in connections.all(initialized_only=True)}
    token = _current.set(actor)
    try:
        yield actor
    finally:
        _current.reset(token)
        for db in connections.all(initialized_only=True):
            start = pending.get(db.alias, 0)
            db.run_on_commit[start:] = [
                (savepoints, _on_behalf_of(actor, work), robust)
                for savepoints, work, robust in db.run_on_commit[start:]
            ]


def as_system(door: str) -> contextlib.AbstractContextManager[Actor]:
    return acting_as(None, door)


class ActorMiddleware:
    """Every web request acts as its user (read lazily: most requests never ask)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with acting_as(None, door=f"web:{request.path}", request=request):
            return self.get_response(request)
