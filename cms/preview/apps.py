from django.apps import AppConfig


class PreviewConfig(AppConfig):
    name = "cms.preview"
    label = "newsroom_preview"
    verbose_name = "Headless preview"
