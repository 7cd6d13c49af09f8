"""Webhooks are signed, sent only after commit, retried with backoff against a real loopback
HTTP endpoint, and every attempt is recorded."""

import datetime
import hashlib
import hmac
import json
import socket

import pytest
import time_machine
from django.db import OperationalError, transaction
from django_tasks_db.management.commands.db_worker import Worker

from cms.webhooks.models import DeliveryStatus, WebhookDelivery
from tests.editorial.conftest import run_webhook_worker
from tests.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def release(newsroom):
    return PressReleasePageFactory(parent=newsroom, slug="embargoed-report", live=False)


def publish_and_commit(page, capture) -> WebhookDelivery:
    with capture(execute=True):
        page.save_revision().publish()
    return WebhookDelivery.objects.get()


def parse_signature(header: str) -> tuple[int, str]:
    parts = dict(part.split("=", 1) for part in header.split(","))
    return int(parts["t"]), parts["v1"]


def test_the_signature_is_hmac_sha256_of_timestamp_dot_body_under_the_shared_secret(
    webhooks_to, release, django_capture_on_commit_callbacks
):
    publish_and_commit(release, django_capture_on_commit_callbacks)
    run_webhook_worker()

    [request] = webhooks_to.received
    timestamp, digest = parse_signature(request.headers["X-Newsroom-Signature"])
    expected = hmac.new(
        b"frontend-shared-secret", f"{timestamp}.".encode() + request.body, hashlib.sha256
    ).hexdigest()
    assert hmac.compare_digest(digest, expected)
    assert json.loads(request.body)["pageId"] == release.pk
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["X-Newsroom-Event"] == "published"


def test_a_delivery_is_recorded_as_delivered_with_the_endpoint_status(
    webhooks_to, release, django_capture_on_commit_callbacks
):
    publish_and_commit(release, django_capture_on_commit_callbacks)
    run_webhook_worker()

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.DELIVERED
    assert (delivery.attempts, delivery.last_status_code) == (1, 204)
    assert delivery.delivered_at is not None


def test_a_failing_endpoint_is_retried_after_an_exponential_backoff_until_it_succeeds(
    webhooks_to, release, django_capture_on_commit_callbacks
):
    webhooks_to.statuses = [503, 500]
    start = datetime.datetime(2026, 3, 1, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        publish_and_commit(release, django_capture_on_commit_callbacks)
        run_webhook_worker()
        run_webhook_worker()  # nothing is due yet: no second request

    first = WebhookDelivery.objects.get()
    assert (first.status, first.attempts, first.last_status_code) == ("retrying", 1, 503)
    assert first.next_attempt_at == start + datetime.timedelta(seconds=30)
    assert len(webhooks_to.received) == 1

    with time_machine.travel(first.next_attempt_at, tick=False):
        run_webhook_worker()
    second = WebhookDelivery.objects.get()
    assert (second.status, second.attempts, second.last_status_code) == ("retrying", 2, 500)
    assert second.next_attempt_at == first.next_attempt_at + datetime.timedelta(seconds=60)

    with time_machine.travel(second.next_attempt_at, tick=False):
        run_webhook_worker()
    delivered = WebhookDelivery.objects.get()
    assert (delivered.status, delivered.attempts, delivered.last_status_code) == (
        "delivered",
        3,
        204,
    )
    bodies = {request.body for request in webhooks_to.received}
    signatures = {request.headers["X-Newsroom-Signature"] for request in webhooks_to.received}
    assert len(webhooks_to.received) == 3
    assert len(bodies) == 1, "every retry sends the same event"
    assert len(signatures) == 3, "every retry is signed with its own timestamp"


def test_after_the_last_attempt_the_delivery_is_marked_failed_with_the_error(
    webhooks_to, release, django_capture_on_commit_callbacks
):
    webhooks_to.statuses = [500, 500, 500]
    start = datetime.datetime(2026, 3, 1, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        publish_and_commit(release, django_capture_on_commit_callbacks)
        run_webhook_worker()
    for _ in range(2):
        with time_machine.travel(WebhookDelivery.objects.get().next_attempt_at, tick=False):
            run_webhook_worker()

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("failed", 3)
    assert delivery.last_error.startswith("HTTP 500")
    assert delivery.next_attempt_at is None


def unused_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_endpoint_is_recorded_as_a_connection_error_and_retried(
    settings, webhooks_to, release, django_capture_on_commit_callbacks
):
    settings.NEWSROOM_WEBHOOK_URLS = [f"http://127.0.0.1:{unused_loopback_port()}/hook"]
    publish_and_commit(release, django_capture_on_commit_callbacks)
    run_webhook_worker()

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.RETRYING
    assert delivery.last_status_code is None
    assert "Connection refused" in delivery.last_error


def test_a_rolled_back_publish_sends_nothing(
    webhooks_to, release, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        release.save_revision().publish()
        raise RuntimeError("the editor's save failed after publishing")
    run_webhook_worker()

    assert WebhookDelivery.objects.count() == 0
    assert webhooks_to.received == []


def test_nothing_is_queued_before_the_transaction_commits(
    webhooks_to, release, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        release.save_revision().publish()
        assert WebhookDelivery.objects.count() == 0
    assert WebhookDelivery.objects.count() == 1


def test_an_endpoint_that_is_not_http_is_never_opened(
    settings, webhooks_to, release, django_capture_on_commit_callbacks
):
    settings.NEWSROOM_WEBHOOK_URLS = ["file:///etc/hostname"]
    publish_and_commit(release, django_capture_on_commit_callbacks)
    run_webhook_worker()

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("failed", 0)
    assert delivery.last_error == "Not an http(s) endpoint."


def test_the_worker_waits_out_a_database_outage_and_then_delivers(
    webhooks_to, release, django_capture_on_commit_callbacks, monkeypatch
):
    publish_and_commit(release, django_capture_on_commit_callbacks)
    real_run, outages, pauses = Worker.run, [], []

    def run_after_an_outage(worker: Worker) -> None:
        if not outages:
            outages.append(worker)
            raise OperationalError("connection refused")
        real_run(worker)

    monkeypatch.setattr(Worker, "run", run_after_an_outage)
    monkeypatch.setattr(
        "cms.webhooks.management.commands.run_webhook_worker.time.sleep", pauses.append
    )
    monkeypatch.setattr("django.db.connections.close_all", lambda: None)  # the test's transaction
    run_webhook_worker()

    assert len(outages) == 1 and pauses == [1.0]
    assert [json.loads(r.body)["pageId"] for r in webhooks_to.received] == [release.pk]
    assert WebhookDelivery.objects.get().status == DeliveryStatus.DELIVERED
