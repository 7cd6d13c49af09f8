"""The request id: the one a proxy sent in `X-Request-ID` when it is safe to log and echo
(at most 128 letters, digits and `-_.:@/+=`), otherwise a new UUID. It follows the request
into every log line (structlog's context variables), its response header, and the work it
queues (webhook deliveries carry it in their task and in their own `X-Request-ID`)."""

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import structlog
from django.http import HttpRequest

HEADER = "X-Request-ID"
_SAFE = re.compile(r"^[A-Za-z0-9\-_.:@/+=]{1,128}$")


def incoming_or_new(request: HttpRequest) -> str:
    offered = request.META.get("HTTP_X_REQUEST_ID", "")
    return offered if _SAFE.match(offered) else uuid.uuid4().hex


def current() -> str | None:
    """The id of the request (or task) this code runs for, if any."""
    return structlog.contextvars.get_contextvars().get("request_id")


def valid(value: object) -> str | None:
    return value if isinstance(value, str) and _SAFE.match(value) else None


@contextmanager
def bound(request_id: str | None, **context: object) -> Iterator[None]:
    """Log lines inside carry `request_id` (and `context`); what was bound before comes back."""
    with structlog.contextvars.bound_contextvars(request_id=valid(request_id), **context):
        yield
