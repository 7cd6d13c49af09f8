from django.apps import AppConfig


class DatabaseConfig(AppConfig):
    """Read replica routing and the shared cache's resilience: how the CMS survives the loss
    of a database, a replica or Redis (docs/operators/operations.md)."""

    name = "cms.db"
    label = "newsroom_db"
    verbose_name = "Databases and cache"
