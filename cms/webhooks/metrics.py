"""Webhook deliveries as a Prometheus metric, read from the deliveries table at scrape time
(the worker that sends them serves no HTTP; cms/observability/collectors.py)."""

from django.db.models import Count
from prometheus_client.core import GaugeMetricFamily

from .models import DeliveryStatus, WebhookDelivery

STATES = {
    DeliveryStatus.DELIVERED: "sent",
    DeliveryStatus.FAILED: "failed",
    DeliveryStatus.PENDING: "pending",
    DeliveryStatus.RETRYING: "pending",
}


def webhook_deliveries() -> GaugeMetricFamily:
    family = GaugeMetricFamily(
        "newsroom_webhook_deliveries",
        "Webhook deliveries kept in the deliveries report, by state (retrying counts as pending).",
        labels=["state"],
    )
    totals = dict.fromkeys(("sent", "failed", "pending"), 0)
    rows = WebhookDelivery.objects.values("status").annotate(n=Count("pk")).order_by()
    for row in rows:
        if (state := STATES.get(row["status"])) is not None:
            totals[state] += row["n"]
    for state, total in totals.items():
        family.add_metric([state], total)
    return family
