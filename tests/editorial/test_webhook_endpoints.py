"""Webhooks go to the configured endpoint and nowhere else: redirects are failed attempts, the
host allow-list holds, and only a short, plain excerpt of an answer is stored. Against a real
loopback HTTP server."""

import pytest

from cms.webhooks.checks import check_webhook_endpoints
from cms.webhooks.delivery import RESPONSE_EXCERPT_LENGTH
from cms.webhooks.models import DeliveryStatus, WebhookDelivery
from tests.editorial.conftest import run_webhook_worker
from tests.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def publish(newsroom, django_capture_on_commit_callbacks):
    def publish() -> WebhookDelivery:
        page = PressReleasePageFactory(parent=newsroom, live=False)
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        run_webhook_worker()
        return WebhookDelivery.objects.get()

    return publish


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_not_followed_and_is_recorded_as_a_failed_attempt(
    status, webhooks_to, publish
):
    webhooks_to.statuses = [status]
    webhooks_to.redirect_to = webhooks_to.url.replace("/hooks/newsroom", "/elsewhere")

    delivery = publish()

    assert [(r.method, r.path) for r in webhooks_to.received] == [("POST", "/hooks/newsroom")]
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.RETRYING, 1)
    assert delivery.last_status_code == status
    assert "not followed" in delivery.last_error
    assert "/elsewhere" in delivery.last_error


def test_only_a_short_plain_excerpt_of_the_answer_is_stored(webhooks_to, publish):
    webhooks_to.statuses = [500]
    webhooks_to.body = (
        "<h1>Oops</h1>\x1b[31m\u202egnp.exe\u200b\r\nTrace: " + "x" * 20_000
    ).encode()

    delivery = publish()

    assert delivery.last_status_code == 500
    assert delivery.last_error == "HTTP 500"
    assert delivery.last_response.startswith("<h1>Oops</h1> [31m gnp.exe Trace: xxx")
    assert len(delivery.last_response) == RESPONSE_EXCERPT_LENGTH
    assert not any(ord(c) < 32 or c in "\u202e\u200b" for c in delivery.last_response)


def test_a_successful_answer_keeps_its_excerpt(webhooks_to, publish):
    webhooks_to.statuses = [200]
    webhooks_to.body = b'{"purged": 6}'

    delivery = publish()

    assert (delivery.status, delivery.last_response) == (DeliveryStatus.DELIVERED, '{"purged": 6}')


def test_an_endpoint_outside_the_host_allow_list_is_never_contacted(settings, webhooks_to, publish):
    settings.NEWSROOM_WEBHOOK_ALLOWED_HOSTS = ["hooks.example.org", "*.frontend.example"]

    delivery = publish()

    assert webhooks_to.received == []
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, 0)
    assert delivery.last_error == "Host 127.0.0.1 is not in NEWSROOM_WEBHOOK_ALLOWED_HOSTS."


def test_an_endpoint_on_an_allowed_host_is_delivered(settings, webhooks_to, publish):
    settings.NEWSROOM_WEBHOOK_ALLOWED_HOSTS = ["hooks.example.org", "127.0.0.1"]

    delivery = publish()

    assert delivery.status == DeliveryStatus.DELIVERED
    assert len(webhooks_to.received) == 1


def test_start_up_refuses_an_endpoint_outside_the_allow_list(settings):
    settings.NEWSROOM_WEBHOOK_URLS = [
        "https://api.frontend.example/hooks",
        "https://attacker.example/hooks",
        "ftp://hooks.example.org/",
    ]
    settings.NEWSROOM_WEBHOOK_ALLOWED_HOSTS = ["*.frontend.example", "hooks.example.org"]

    messages = [error.msg for error in check_webhook_endpoints(None)]

    assert messages == [
        "NEWSROOM_WEBHOOK_URLS entry 'https://attacker.example/hooks': "
        "Host attacker.example is not in NEWSROOM_WEBHOOK_ALLOWED_HOSTS.",
        "NEWSROOM_WEBHOOK_URLS entry 'ftp://hooks.example.org/': Not an http(s) endpoint.",
    ]
