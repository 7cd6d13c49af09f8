"""Keeps the index in step with the live site: every save of a news item's page row (publish,
unpublish, translation, scheduled expiry, move) re-reads what is live, and a deleted page's
document goes with it (the row cascades; the engine's index and the vocabulary follow the
row)."""

from django.db import connection
from django.db.models.signals import post_delete, post_save

from newsroom_pages.pages import NewsItemPage

from . import engines
from .documents import forget, index_page
from .models import SearchDocument

# Saves that only move revision bookkeeping do not change what is live.
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "wagtail_admin_comments",
    }
)


def page_saved(sender, instance, update_fields=None, raw=False, **kwargs) -> None:
    if raw or not isinstance(instance, NewsItemPage):
        return
    if update_fields and BOOKKEEPING_FIELDS.issuperset(update_fields):
        return
    index_page(instance.pk)


def document_deleted(sender, instance, **kwargs) -> None:
    engines.current(connection).drop(connection, [instance.page_id])
    forget(instance)


def connect() -> None:
    post_save.connect(page_saved, dispatch_uid="newsroom-search-index")
    post_delete.connect(
        document_deleted, sender=SearchDocument, dispatch_uid="newsroom-search-drop"
    )
