from django.db.models.signals import post_save

from newsroom_pages.pages import NewsroomIndexPage

from .rules import attach_legal_review


def _on_index_saved(sender, instance: NewsroomIndexPage, created: bool, **kwargs) -> None:
    if created and not kwargs.get("raw"):
        attach_legal_review(instance)


def connect() -> None:
    post_save.connect(_on_index_saved, sender=NewsroomIndexPage, dispatch_uid="legal_review")
