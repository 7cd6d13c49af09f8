from django.apps import AppConfig


class TranslationConfig(AppConfig):
    """Who may translate what: the Translators group and its rights on each locale's tree."""

    name = "cms.translation"
    label = "translation"
    verbose_name = "Translation"

    def ready(self) -> None:
        from . import signals  # noqa: F401 (imports models: only once apps are loaded)
