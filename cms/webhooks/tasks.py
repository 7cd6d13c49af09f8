"""Queueing events after commit, and the django-tasks task that delivers them; it runs on the
database backend's worker (`db_worker`)."""

from django.db import transaction
from django_tasks import task

from .delivery import attempt_delivery, endpoints
from .models import DeliveryStatus, WebhookDelivery

WEBHOOK_BACKEND = "webhooks"
WEBHOOK_QUEUE = "webhooks"


@task(backend=WEBHOOK_BACKEND, queue_name=WEBHOOK_QUEUE)
def deliver_webhook(delivery_id: int) -> str:
    delivery = WebhookDelivery.objects.filter(pk=delivery_id).first()
    if delivery is None or delivery.status in (DeliveryStatus.DELIVERED, DeliveryStatus.FAILED):
        return "skipped"
    delivery = attempt_delivery(delivery)
    if delivery.status == DeliveryStatus.RETRYING:
        deliver_webhook.using(run_after=delivery.next_attempt_at).enqueue(delivery_id)
    return delivery.status


def queue_event(event: dict) -> None:
    """Record and enqueue one delivery per endpoint once the surrounding transaction commits;
    a rolled-back publish sends nothing."""
    if endpoints():
        transaction.on_commit(lambda: _enqueue_deliveries(event))


def _enqueue_deliveries(event: dict) -> None:
    for endpoint in endpoints():
        delivery = WebhookDelivery.objects.create(
            event_id=event["id"],
            action=event["action"],
            page_id=event["pageId"],
            payload=event,
            endpoint=endpoint,
        )
        deliver_webhook.enqueue(delivery.pk)
