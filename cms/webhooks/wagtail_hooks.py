"""Read-only admin listing of webhook deliveries, under Reports, for whoever runs production."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import WebhookDelivery

READ_ONLY_ACTIONS = {"view"}


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Deliveries are a log: nobody adds, edits or deletes them from the admin."""

    def user_has_permission(self, user, action: str) -> bool:
        return action in READ_ONLY_ACTIONS and super().user_has_permission(user, action)


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    form_fields = ["endpoint"]  # required by ModelViewSet; the policy refuses add and edit
    icon = "resubmit"
    menu_label = _("Webhook deliveries")
    name = "webhook_deliveries"
    url_prefix = "reports/webhook-deliveries"
    add_to_admin_menu = False
    inspect_view_enabled = True
    list_display = [
        Column("action", label=_("Action"), accessor="action"),
        Column("page_id", label=_("Page"), accessor="page_id"),
        Column("endpoint", label=_("Endpoint"), accessor="endpoint"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("attempts", label=_("Attempts"), accessor="attempts"),
        Column("last_status_code", label=_("HTTP"), accessor="last_status_code"),
        Column("last_error", label=_("Last error"), accessor="last_error"),
        DateColumn("created_at", label=_("Created"), accessor="created_at"),
        DateColumn("last_attempt_at", label=_("Last attempt"), accessor="last_attempt_at"),
    ]
    list_filter = ["status", "action"]
    search_fields = ["endpoint", "action", "last_error"]
    inspect_view_fields = [
        "event_id",
        "action",
        "page_id",
        "endpoint",
        "status",
        "attempts",
        "last_status_code",
        "last_error",
        "last_response",
        "created_at",
        "last_attempt_at",
        "next_attempt_at",
        "delivered_at",
        "payload",
    ]


register_permission_policy(WebhookDelivery, ReadOnlyPermissionPolicy(WebhookDelivery))
webhook_delivery_viewset = WebhookDeliveryViewSet()


@hooks.register("register_admin_viewset")
def register_webhook_delivery_viewset():
    return webhook_delivery_viewset


@hooks.register("register_reports_menu_item")
def register_webhook_deliveries_menu_item():
    return AdminOnlyMenuItem(
        _("Webhook deliveries"),
        webhook_delivery_viewset.menu_url,
        icon_name="resubmit",
        order=900,
    )
