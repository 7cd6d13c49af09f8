"""One request id from the editor's click to the frontend's webhook: the delivery carries the
publishing request's `X-Request-ID`, and the worker's log lines about it do too."""

import io
import json
import logging

import pytest

from cms.observability.logs import formatter
from tests.factories import PressReleasePageFactory
from tests.support.live_server import _restorable_database  # noqa: F401 (autouse fixture)

from .conftest import run_webhook_worker

# Commits inside the request, as in production (on_commit work runs before the answer).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def json_log():
    """The delivery module's log lines, as production renders them (LOG_FORMAT=json)."""
    options = formatter("json")
    handler = logging.StreamHandler(io.StringIO())
    handler.setFormatter(options.pop("()")(**options))
    target = logging.getLogger("cms.webhooks")
    target.addHandler(handler)
    level, target.level = target.level, logging.INFO
    yield handler.stream
    target.removeHandler(handler)
    target.level = level


def headers(received) -> dict[str, str]:
    return {name.lower(): value for name, value in received.headers.items()}


def unpublish_in_the_admin(client, page, request_id: str) -> None:
    response = client.post(
        f"/admin/pages/{page.pk}/unpublish/", {}, headers={"X-Request-ID": request_id}
    )
    assert response.status_code == 302, response.content[:300]
    assert response["X-Request-ID"] == request_id


def test_a_webhook_delivery_carries_the_id_of_the_request_that_published(
    admin_client, newsroom, webhooks_to
):
    page = PressReleasePageFactory(parent=newsroom)
    unpublish_in_the_admin(admin_client, page, "edge-req-42")

    run_webhook_worker()

    [delivery] = webhooks_to.received
    assert headers(delivery)["x-request-id"] == "edge-req-42"
    assert json.loads(delivery.body)["action"] == "unpublished"


def test_the_workers_log_line_for_the_delivery_carries_the_request_id(
    admin_client, newsroom, webhooks_to, json_log
):
    page = PressReleasePageFactory(parent=newsroom)
    unpublish_in_the_admin(admin_client, page, "edge-req-43")

    run_webhook_worker()

    lines = [json.loads(line) for line in json_log.getvalue().splitlines()]
    [sent] = [line for line in lines if line["message"].startswith("Webhook unpublished")]
    assert sent["request_id"] == "edge-req-43"
    assert sent["logger"] == "cms.webhooks.delivery"


def test_a_delivery_queued_outside_any_request_sends_no_request_id(newsroom, webhooks_to):
    page = PressReleasePageFactory(parent=newsroom)
    page.unpublish()

    run_webhook_worker()

    [delivery] = webhooks_to.received
    assert "x-request-id" not in headers(delivery)
