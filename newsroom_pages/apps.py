from django.apps import AppConfig


class NewsroomPagesConfig(AppConfig):
    name = "newsroom_pages"
    verbose_name = "Newsroom"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from .scheduling import forget_next_change

        post_save.connect(forget_next_change, dispatch_uid="newsroom-schedule-save")
        post_delete.connect(forget_next_change, dispatch_uid="newsroom-schedule-delete")
