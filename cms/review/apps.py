from django.apps import AppConfig


class ReviewConfig(AppConfig):
    """The publication rule (legal review, translations after their source) and the editor's
    newsroom on the dashboard."""

    name = "cms.review"
    label = "newsroom_review"
    verbose_name = "Legal review"

    def ready(self) -> None:
        from . import enforcement, signals

        signals.connect()
        enforcement.install()
