from django.apps import AppConfig


class ReviewConfig(AppConfig):
    """The editor's newsroom: the "Legal review" workflow that news items pass before they are
    published or scheduled, and the dashboard of what is coming up."""

    name = "cms.review"
    label = "newsroom_review"
    verbose_name = "Legal review"

    def ready(self) -> None:
        from . import signals

        signals.connect()
