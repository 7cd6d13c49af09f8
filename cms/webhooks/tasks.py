"""The django-tasks task; it runs on the database backend's worker (`db_worker`)."""

from django_tasks import task

from .delivery import attempt_delivery
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
