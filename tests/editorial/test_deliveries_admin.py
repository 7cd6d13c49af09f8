"""Operators see recent deliveries with their status in the admin; nobody edits them there."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from cms.webhooks.models import DeliveryStatus, WebhookDelivery

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed_delivery() -> WebhookDelivery:
    return WebhookDelivery.objects.create(
        action="published",
        page_id=42,
        payload={"action": "published", "pageId": 42},
        endpoint="https://www.example.org/hooks/newsroom",
        status=DeliveryStatus.FAILED,
        attempts=6,
        last_status_code=502,
        last_error="HTTP 502: b'Bad gateway'",
    )


@pytest.fixture
def admin_client_(client):
    admin = get_user_model().objects.create_superuser("ops", "ops@example.org", "pw")
    client.force_login(admin)
    return client


def test_the_deliveries_report_lists_endpoint_status_and_error(admin_client_, failed_delivery):
    response = admin_client_.get(reverse("webhook_deliveries:index"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "https://www.example.org/hooks/newsroom" in html
    assert "Failed" in html
    assert "HTTP 502" in html


def test_the_deliveries_report_filters_by_status(admin_client_, failed_delivery):
    WebhookDelivery.objects.create(
        action="published",
        page_id=43,
        payload={},
        endpoint="https://delivered.example.org/hook",
        status=DeliveryStatus.DELIVERED,
    )

    response = admin_client_.get(reverse("webhook_deliveries:index"), {"status": "failed"})

    assert b"www.example.org/hooks/newsroom" in response.content
    assert b"delivered.example.org" not in response.content


def test_a_delivery_can_be_inspected_with_its_payload(admin_client_, failed_delivery):
    response = admin_client_.get(reverse("webhook_deliveries:inspect", args=[failed_delivery.pk]))

    assert response.status_code == 200
    assert b"pageId" in response.content


def test_deliveries_cannot_be_edited_or_deleted_from_the_admin(admin_client_, failed_delivery):
    edit = admin_client_.get(reverse("webhook_deliveries:edit", args=[failed_delivery.pk]))
    delete = admin_client_.post(reverse("webhook_deliveries:delete", args=[failed_delivery.pk]))

    assert edit.status_code in (302, 403)
    assert delete.status_code in (302, 403)
    assert WebhookDelivery.objects.filter(pk=failed_delivery.pk).exists()


def test_the_reports_menu_links_to_the_deliveries(admin_client_):
    response = admin_client_.get(reverse("wagtailadmin_home"))

    assert reverse("webhook_deliveries:index").encode() in response.content
