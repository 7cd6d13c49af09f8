from django.apps import AppConfig


class BenchConfig(AppConfig):
    name = "bench"
    label = "bench"
    verbose_name = "Benchmark peers"

    def ready(self) -> None:
        """Runs before grapple's `ready` (INSTALLED_APPS order), which builds its types from
        the `graphql_fields` found on the models at that moment."""
        from .peers import declare_peer_fields

        declare_peer_fields()
