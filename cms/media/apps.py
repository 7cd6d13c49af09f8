from django.apps import AppConfig


class MediaConfig(AppConfig):
    name = "cms.media"
    label = "media"
    verbose_name = "Media"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from .placement import connect_signals

        connect_signals()
