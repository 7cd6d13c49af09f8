from django.apps import AppConfig


class NewsroomPagesConfig(AppConfig):
    name = "newsroom_pages"
    verbose_name = "Newsroom"
    default_auto_field = "django.db.models.BigAutoField"
