from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "cms.api"
    label = "api"
    verbose_name = "GraphQL API"

    def ready(self) -> None:
        from . import database
        from .cache import invalidation  # signal handlers need the app registry

        invalidation.connect_signals()
        database.connect_signals()
