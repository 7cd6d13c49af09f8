from django.apps import AppConfig


class SyncConfig(AppConfig):
    """The change log behind the API's delta sync (`sync(token:)`)."""

    name = "cms.sync"
    label = "sync"
    verbose_name = "Delta sync"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from newsroom_pages.scheduling import scheduler_ran

        from . import recording, retention

        recording.connect()
        scheduler_ran.connect(retention.apply_retention, dispatch_uid="cms.sync.retention")
