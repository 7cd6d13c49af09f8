from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class NewsroomPagesConfig(AppConfig):
    name = "newsroom_pages"
    verbose_name = "Newsroom"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from .scheduling import forget_next_change  # imports models: only once apps are loaded
        from .sites import forget_sites

        post_save.connect(forget_next_change, dispatch_uid="newsroom-schedule-save")
        post_delete.connect(forget_next_change, dispatch_uid="newsroom-schedule-delete")
        post_save.connect(forget_sites, dispatch_uid="newsroom-sites-save")
        post_delete.connect(forget_sites, dispatch_uid="newsroom-sites-delete")
