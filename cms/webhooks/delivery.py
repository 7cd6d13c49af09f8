"""One delivery attempt with its bookkeeping and backoff (queueing is in `tasks`).

Every attempt signs the body afresh (new timestamp), so a retry hours later still passes a
frontend's replay window. Retries are new django-tasks runs with `run_after` in the future,
so a failing endpoint never holds a worker.

Redirects are never followed: urllib would turn the POST into a GET and carry the event to
whatever host the endpoint names, past the host allow-list. A 3xx is a failed attempt
recorded with its status. Only a short, sanitised excerpt of any answer is kept, since the
deliveries report shows it to administrators.
"""

import datetime
import json
import logging
import re
import time
import urllib.error
import urllib.request

from django.utils import timezone

from cms.conf import newsroom
from cms.observability.request_id import HEADER as REQUEST_ID_HEADER

from .endpoints import endpoint_problem
from .models import DeliveryStatus, WebhookDelivery
from .signing import SIGNATURE_HEADER, signature_header

logger = logging.getLogger(__name__)

ERROR_EXCERPT_LENGTH = 500
RESPONSE_EXCERPT_LENGTH = 200
# Controls, bidi overrides and zero-width characters could disguise what an operator reads.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def response_excerpt(response) -> str:
    """At most RESPONSE_EXCERPT_LENGTH characters of the body, as one line of plain text;
    never more than that is read from the endpoint."""
    try:
        raw = response.read(RESPONSE_EXCERPT_LENGTH * 4)
    except (OSError, ValueError):
        return ""
    text = _UNPRINTABLE.sub(" ", raw.decode("utf-8", errors="replace"))
    return " ".join(text.split())[:RESPONSE_EXCERPT_LENGTH]


def endpoints() -> list[str]:
    return list(newsroom.WEBHOOK_URLS)


def max_attempts() -> int:
    return int(newsroom.WEBHOOK_MAX_ATTEMPTS)


def retry_delay(attempt: int) -> datetime.timedelta:
    """Exponential backoff: base, 2 * base, 4 * base... after the 1st, 2nd, 3rd failed attempt."""
    base = float(newsroom.WEBHOOK_RETRY_BASE_SECONDS)
    return datetime.timedelta(seconds=base * 2 ** (attempt - 1))


def encode(payload: dict) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()


def attempt_delivery(delivery: WebhookDelivery, request_id: str | None = None) -> WebhookDelivery:
    """POST the signed event once and record the outcome on the delivery row; `request_id`
    (the publishing request's) goes along as `X-Request-ID`."""
    if problem := endpoint_problem(delivery.endpoint):
        delivery.status, delivery.last_error = DeliveryStatus.FAILED, problem
        delivery.save()
        return delivery
    body = encode(delivery.payload)
    request = urllib.request.Request(  # noqa: S310 (endpoints are operator-configured http(s) URLs)
        delivery.endpoint,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "newsroom-cms-webhooks/1",
            SIGNATURE_HEADER: signature_header(newsroom.WEBHOOK_SECRET, body),
            "X-Newsroom-Event": delivery.action,
            "X-Newsroom-Delivery": str(delivery.event_id),
            **({REQUEST_ID_HEADER: request_id} if request_id else {}),
        },
    )
    timeout = float(newsroom.WEBHOOK_TIMEOUT_SECONDS)
    delivery.attempts += 1
    delivery.last_attempt_at = timezone.now()
    started = time.monotonic()
    try:
        with _opener.open(request, timeout=timeout) as response:
            delivery.last_status_code = response.status
            delivery.last_response = response_excerpt(response)
            delivery.last_error = ""
    except urllib.error.HTTPError as error:
        delivery.last_status_code = error.code
        delivery.last_response = response_excerpt(error)
        delivery.last_error = _http_error(error)
    except (urllib.error.URLError, OSError) as error:
        delivery.last_status_code = None
        delivery.last_response = ""
        delivery.last_error = f"{type(error).__name__}: {error}"[:ERROR_EXCERPT_LENGTH]
    elapsed = time.monotonic() - started

    if delivery.last_status_code is not None and 200 <= delivery.last_status_code < 300:
        delivery.status = DeliveryStatus.DELIVERED
        delivery.delivered_at = timezone.now()
        delivery.next_attempt_at = None
    elif delivery.attempts < max_attempts():
        delivery.status = DeliveryStatus.RETRYING
        delivery.next_attempt_at = delivery.last_attempt_at + retry_delay(delivery.attempts)
    else:
        delivery.status = DeliveryStatus.FAILED
        delivery.next_attempt_at = None
        logger.warning("Webhook delivery %s gave up: %s", delivery.pk, delivery.last_error)
    delivery.save()
    logger.info(
        "Webhook %s to %s: %s in %.3fs",
        delivery.action,
        delivery.endpoint,
        delivery.status,
        elapsed,
    )
    return delivery


def _http_error(error: urllib.error.HTTPError) -> str:
    if 300 <= error.code < 400:
        location = _UNPRINTABLE.sub(" ", error.headers.get("Location", ""))[:200]
        return f"HTTP {error.code}: redirect to {location!r} not followed."
    return f"HTTP {error.code}"
