from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "cms.caching"
    label = "caching"
    verbose_name = "API response cache"

    def ready(self) -> None:
        from . import invalidation

        invalidation.connect_signals()
