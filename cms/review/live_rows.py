"""A live page's row holds what readers see, so only a publish may change it.

Wagtail keeps drafts in revisions and leaves the row alone, but wagtail-localize's sync saves
a live translation's row in full with the translation as it stands (including strings nobody
has reviewed) before making its draft revision, publish or not: the API, feeds and sitemaps
read rows, so the unreviewed text would be public. The row is put back to its live revision
once saved; the new content lives on in the draft revision made from the page in memory.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save, pre_save
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from wagtail.models import Page

from cms.actors import current_actor
from newsroom_pages.pages import NewsItemPage

from . import governance

BOOKKEEPING = frozenset(
    {
        "path",
        "depth",
        "numchild",
        "url_path",
        "content_type",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "live_revision",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "locked",
        "locked_at",
        "locked_by",
        "owner",
        "translation_key",
        "locale",
        "alias_of",
        "go_live_at",
        "expire_at",
        "expired",
    }
)
RESTORE = "_newsroom_restore_live_row"
RESTORING = "_newsroom_restoring_live_row"


def content_fields(model: type[Page]) -> list[str]:
    """What a publish writes and readers read: the model's own fields and its child
    relations (inline panels, parental many-to-many), not the tree or the bookkeeping."""
    fields = [
        field.name
        for field in model._meta.concrete_fields
        if not field.primary_key and field.name not in BOOKKEEPING
    ]
    children = [relation.get_accessor_name() for relation in get_all_child_relations(model)]
    return (
        fields
        + [name for name in children if name != "wagtail_admin_comments"]
        + [field.name for field in get_all_child_m2m_relations(model)]
    )


def _is_content_save_of_live_row(instance: Page, update_fields: Any) -> bool:
    if not isinstance(instance, NewsItemPage) or not instance.live or not instance.pk:
        return False
    if getattr(instance, RESTORING, False):
        return False
    if update_fields is not None and not set(update_fields) - BOOKKEEPING:
        return False
    actor = current_actor()
    if actor is None or (instance.pk, instance.live_revision_id) in actor.allowed:
        return False
    stored = Page.objects.filter(pk=instance.pk).values_list("live", "live_revision_id").first()
    return stored == (True, instance.live_revision_id) and governance.is_governed(instance)


def _mark(sender, instance: Page, raw: bool = False, update_fields=None, **kwargs: Any) -> None:
    if not raw and _is_content_save_of_live_row(instance, update_fields):
        setattr(instance, RESTORE, True)


def _restore(sender, instance: Page, raw: bool = False, **kwargs: Any) -> None:
    if not getattr(instance, RESTORE, False):
        return
    delattr(instance, RESTORE)
    if instance.live_revision_id is None:
        return
    live = instance.live_revision.as_object()
    for field in live._meta.concrete_fields:
        if field.name in BOOKKEEPING:
            setattr(live, field.attname, getattr(instance, field.attname))
    setattr(live, RESTORING, True)
    live.save(update_fields=content_fields(type(live)), clean=False)


def connect() -> None:
    pre_save.connect(_mark, dispatch_uid="newsroom.live_row.mark")
    post_save.connect(_restore, dispatch_uid="newsroom.live_row.restore")
