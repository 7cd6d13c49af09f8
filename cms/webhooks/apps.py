from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "cms.webhooks"
    label = "webhooks"
    verbose_name = "Publish webhooks"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import checks, signal_handlers  # noqa: F401 (import models: only once apps are loaded; checks register themselves)

        signal_handlers.connect()
        from cms.observability.collectors import register

        from .metrics import webhook_deliveries

        register(webhook_deliveries)
