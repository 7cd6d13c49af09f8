"""Page lifecycle signals → webhook events. Every handler only builds the event and queues it
for after commit."""

import threading

from django.db.models.signals import post_delete, pre_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from newsroom_pages.licences import pages_changed

from .events import Action, build_event, is_translation
from .tasks import queue_event

# Wagtail unpublishes a live page just before deleting it; that unpublish is part of the
# delete and must not reach frontends as a second event.
_being_deleted = threading.local()


def _deleting() -> set[int]:
    if not hasattr(_being_deleted, "ids"):
        _being_deleted.ids = set()
    return _being_deleted.ids


def on_published(sender, instance: Page, **kwargs) -> None:
    """Wagtail also sends page_published when it only schedules a never-published page;
    frontends hear about it when it actually goes live."""
    if not instance.live:
        return
    action = Action.TRANSLATION_PUBLISHED if is_translation(instance) else Action.PUBLISHED
    queue_event(build_event(instance, action))


def on_unpublished(sender, instance: Page, **kwargs) -> None:
    if instance.pk in _deleting():
        return
    queue_event(build_event(instance, Action.UNPUBLISHED))


def on_moved(sender, instance: Page, url_path_before: str, url_path_after: str, **kwargs) -> None:
    if url_path_before != url_path_after and instance.live:
        queue_event(build_event(instance, Action.MOVED, old_url_path=url_path_before))


def on_deleted(sender, instance, **kwargs) -> None:
    """Django sends pre_delete once per table of a multi-table page; answer only the most
    specific one, and only for pages a frontend could have shown."""
    if not isinstance(instance, Page) or instance.specific_class is not sender:
        return
    if instance.live:
        _deleting().add(instance.pk)
        queue_event(build_event(instance, Action.DELETED))


def on_pages_changed(sender, pages: list[Page], **kwargs) -> None:
    for page in pages:
        queue_event(build_event(page, Action.UPDATED))


def on_page_row_deleted(sender, instance, **kwargs) -> None:
    _deleting().discard(instance.pk)


def connect() -> None:
    page_published.connect(on_published, dispatch_uid="webhooks.page_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="webhooks.page_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="webhooks.post_page_move")
    pre_delete.connect(on_deleted, dispatch_uid="webhooks.pre_delete")
    post_delete.connect(on_page_row_deleted, sender=Page, dispatch_uid="webhooks.post_delete")
    pages_changed.connect(on_pages_changed, dispatch_uid="webhooks.pages_changed")
