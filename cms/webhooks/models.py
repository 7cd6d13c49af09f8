"""One row per (event, endpoint): what an operator looks at when a frontend did not update."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    RETRYING = "retrying", _("Retrying")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")


class WebhookDelivery(models.Model):
    event_id = models.UUIDField(_("event id"), default=uuid.uuid4, db_index=True)
    action = models.CharField(_("action"), max_length=40)
    page_id = models.PositiveIntegerField(_("page id"), db_index=True)
    payload = models.JSONField(_("payload"))
    endpoint = models.URLField(_("endpoint"), max_length=500)
    status = models.CharField(
        _("status"), max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_status_code = models.PositiveSmallIntegerField(_("last HTTP status"), null=True)
    last_error = models.TextField(_("last error"), blank=True)
    last_response = models.CharField(
        _("last response (excerpt)"), max_length=200, blank=True, default=""
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True, db_index=True)
    last_attempt_at = models.DateTimeField(_("last attempt at"), null=True)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "-created_at"], name="webhooks_status_recent")]

    def __str__(self) -> str:
        return f"{self.action} page {self.page_id} → {self.endpoint} ({self.status})"
