from django.apps import AppConfig


class BenchConfig(AppConfig):
    name = "bench"
    label = "bench"
    verbose_name = "Benchmark peers"

    def ready(self) -> None:
        """Runs before every other app's `ready` (first in INSTALLED_APPS): grapple builds its
        types, and REST API v3 its schemas, from the fields found on the models at that moment."""
        from .peers import declare_peer_fields

        declare_peer_fields()
