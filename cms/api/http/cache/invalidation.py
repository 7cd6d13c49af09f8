"""What makes cached responses stale: page publication events and edits to what pages show.

The generation is bumped at once (so this process's next request misses) and again after the
transaction commits (so a request racing the commit cannot keep the old content cached).
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.api.http.cache.store import response_cache
from cms.media.placement import media_moved
from newsroom_pages.snippets import Country, PressContact, Topic

PAGE_SIGNALS = {
    "page_published": page_published,
    "page_unpublished": page_unpublished,
    "post_page_move": post_page_move,
}
DISPATCH_PREFIX = "cms.api.http.cache.invalidate"


def invalidate_responses(**_kwargs) -> None:
    response_cache.invalidate()
    transaction.on_commit(response_cache.invalidate)


def _invalidate_on_page_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        invalidate_responses()


def shown_models() -> list[type]:
    """Models whose rows change an anonymous answer: what pages show (names, credits, contacts,
    documents), who may see it (view restrictions on pages and collections, the collections
    media sit in) and which site a host serves."""
    return [
        Topic,
        Country,
        PressContact,
        get_image_model(),
        get_document_model(),
        PageViewRestriction,
        CollectionViewRestriction,
        Collection,
        Site,
        Locale,
    ]


def connect_signals() -> None:
    for name, signal in PAGE_SIGNALS.items():
        signal.connect(invalidate_responses, dispatch_uid=f"{DISPATCH_PREFIX}.{name}")
    post_delete.connect(_invalidate_on_page_delete, dispatch_uid=f"{DISPATCH_PREFIX}.page_delete")
    for model in shown_models():
        label = model._meta.label_lower
        post_save.connect(
            invalidate_responses, sender=model, dispatch_uid=f"{DISPATCH_PREFIX}.save.{label}"
        )
        post_delete.connect(
            invalidate_responses, sender=model, dispatch_uid=f"{DISPATCH_PREFIX}.del.{label}"
        )
    # Bulk moves between collections and collection moves in the tree send no post_save.
    media_moved.connect(invalidate_responses, dispatch_uid=f"{DISPATCH_PREFIX}.media_moved")
    for restriction in (PageViewRestriction, CollectionViewRestriction):
        m2m_changed.connect(
            invalidate_responses,
            sender=restriction.groups.through,
            dispatch_uid=f"{DISPATCH_PREFIX}.groups.{restriction._meta.label_lower}",
        )
