from django.apps import AppConfig


class SyncConfig(AppConfig):
    """The change log behind the API's delta sync (`sync(token:)`)."""

    name = "cms.sync"
    label = "sync"
    verbose_name = "Delta sync"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import recording

        recording.connect()
