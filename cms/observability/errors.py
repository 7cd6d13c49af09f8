"""Errors to Sentry (or a Sentry-compatible service) when `SENTRY_DSN` is set.

sentry-sdk's Django integration reports unhandled exceptions in views and, through its logging
integration, every ERROR log line (the GraphQL endpoint's internal errors, an outage's first
failure). No personal data leaves: `send_default_pii` stays at its default, False (no user,
cookies, client IP or request bodies; passing it explicitly is deprecated in sentry-sdk 2.7x),
and each event carries the request id so it can be found in the logs.
"""

from typing import Any

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

from . import request_id


def _with_request_id(event: dict[str, Any], hint: dict[str, Any]) -> dict[str, Any]:
    if current := request_id.current():
        event.setdefault("tags", {})["request_id"] = current
    return event


def init_sentry(
    dsn: str, *, environment: str, release: str | None, traces_sample_rate: float = 0.0
) -> bool:
    """True when reporting is on (a DSN is configured)."""
    if not dsn:
        return False
    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release,
        integrations=[DjangoIntegration()],
        traces_sample_rate=traces_sample_rate,
        before_send=_with_request_id,
    )
    return True
