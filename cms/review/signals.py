from django.db.models.signals import post_save
from wagtail.signals import page_published

from newsroom_pages.pages import NewsItemPage, NewsroomIndexPage
from newsroom_pages.scheduling import forget_next_change

from .rules import attach_legal_review
from .sources import propagate_schedule


def _on_index_saved(sender, instance: NewsroomIndexPage, created: bool, **kwargs) -> None:
    if created and not kwargs.get("raw"):
        attach_legal_review(instance)


def _on_published(sender, instance, **kwargs) -> None:
    if isinstance(instance, NewsItemPage) and propagate_schedule(instance):
        forget_next_change()


def connect() -> None:
    post_save.connect(_on_index_saved, sender=NewsroomIndexPage, dispatch_uid="legal_review")
    page_published.connect(_on_published, dispatch_uid="legal_review.translation_schedule")
