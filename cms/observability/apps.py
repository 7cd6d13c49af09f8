from django.apps import AppConfig


class ObservabilityConfig(AppConfig):
    """What an operator watches: health and readiness, Prometheus metrics, JSON logs with
    request ids, errors to Sentry (docs/operators/observability.md)."""

    name = "cms.observability"
    label = "observability"
    verbose_name = "Observability"
