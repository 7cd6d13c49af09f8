from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "cms.api"
    label = "api"
    verbose_name = "GraphQL API"

    def ready(self) -> None:
        from cms.api.http import database
        from cms.api.http.cache import invalidation  # imports models: only once apps are loaded

        invalidation.connect_signals()
        database.connect_signals()
