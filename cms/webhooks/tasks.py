"""Queueing events after commit, and the django-tasks task that delivers them; it runs on the
database backend's worker (`db_worker`)."""

from django.db import transaction
from django_tasks import task

from cms.observability.request_id import bound, valid
from cms.observability.request_id import current as current_request_id

from .delivery import attempt_delivery, endpoints
from .models import DeliveryStatus, WebhookDelivery

WEBHOOK_BACKEND = "webhooks"
WEBHOOK_QUEUE = "webhooks"


@task(backend=WEBHOOK_BACKEND, queue_name=WEBHOOK_QUEUE)
def deliver_webhook(delivery_id: int, request_id: str | None = None) -> str:
    """`request_id` is the id of the request whose publish queued the event: the task's log
    lines and the delivery's `X-Request-ID` carry it, so one id follows a publish to the
    frontend that purged its cache."""
    with bound(request_id, delivery_id=delivery_id):
        delivery = WebhookDelivery.objects.filter(pk=delivery_id).first()
        if delivery is None or delivery.status in (
            DeliveryStatus.DELIVERED,
            DeliveryStatus.FAILED,
        ):
            return "skipped"
        delivery = attempt_delivery(delivery, request_id=valid(request_id))
        if delivery.status == DeliveryStatus.RETRYING:
            retry = deliver_webhook.using(run_after=delivery.next_attempt_at)
            retry.enqueue(delivery_id, request_id)
        return delivery.status


def queue_event(event: dict) -> None:
    """Record and enqueue one delivery per endpoint once the surrounding transaction commits;
    a rolled-back publish sends nothing."""
    if endpoints():
        request_id = current_request_id()
        transaction.on_commit(lambda: _enqueue_deliveries(event, request_id))


def _enqueue_deliveries(event: dict, request_id: str | None) -> None:
    for endpoint in endpoints():
        delivery = WebhookDelivery.objects.create(
            event_id=event["id"],
            action=event["action"],
            page_id=event["pageId"],
            payload=event,
            endpoint=endpoint,
        )
        deliver_webhook.enqueue(delivery.pk, request_id)
