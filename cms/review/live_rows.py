"""A live page's row holds what readers see, so only a publish may change it.

Wagtail keeps drafts in revisions and leaves the row alone, but wagtail-localize's "Sync
translated pages" with publish saves a live translation's row in full with the translation as
it stands (strings nobody has reviewed) before its publish, which the rule refuses: the API,
feeds and sitemaps read rows, so the unreviewed text would be public. The check that marks
such a save is the rule's pre_save backstop (enforcement). The row is put back to its live revision
once saved; the new content lives on in the draft revision made from the page in memory.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from wagtail.models import Page

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


def changes_content(update_fields: Any) -> bool:
    return update_fields is None or bool(set(update_fields) - BOOKKEEPING)


def is_restoring(instance: Page) -> bool:
    return getattr(instance, RESTORING, False)


def restore_after_save(instance: Page) -> None:
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
    post_save.connect(_restore, dispatch_uid="newsroom.live_row.restore")
