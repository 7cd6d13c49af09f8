"""Where an image's renditions are stored: under `images/` (publicly readable through the
bucket policy and the CDN) for public collections, under `private/images/` (never public, read
only by short-lived signed URLs) for login-, password- or group-restricted ones.

A rendition is placed when it is generated. When an image's privacy changes afterwards (the
image moved to another collection, a collection moved in the tree, a restriction added or
removed, the admin's bulk "add to collection"), its renditions in the wrong place are deleted,
rows and files, and regenerated in the right place on next use: a public copy of an image
that became private is gone from the bucket as soon as the change commits. Originals
(`original_images/`) and documents (`documents/`) are private in every collection already.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from treebeard.mp_tree import path_updated
from wagtail.models import Collection, CollectionViewRestriction

from .faults import STORAGE_ERRORS
from .models import NewsroomImage, NewsroomRendition
from .restrictions import PRIVATE_PREFIX, in_restricted_collections, restricted_collection_paths

logger = logging.getLogger(__name__)

# Sent after images or documents changed collection by a door that sends no post_save (a
# queryset update); `cms.api.http.cache.invalidation` drops the cached responses that showed them.
media_moved = Signal()

DISPATCH_PREFIX = "cms.media.placement"


def misplaced_renditions(image_ids: Iterable[int] | None = None):
    """Renditions stored on the wrong side: public files of private images, private files of
    public images (one query; `image_ids` narrows it)."""
    private_image = in_restricted_collections(
        restricted_collection_paths(), through="image__collection"
    )
    stored_private = Q(file__startswith=PRIVATE_PREFIX)
    renditions = NewsroomRendition.objects.filter(
        (private_image & ~stored_private) | (~private_image & stored_private)
    )
    if image_ids is not None:
        renditions = renditions.filter(image_id__in=list(image_ids))
    return renditions


def relocate_renditions(image_ids: Iterable[int] | None = None) -> int:
    """Deletes the misplaced renditions (their files once the transaction commits); the next
    use regenerates them where they belong. Returns how many were misplaced."""
    misplaced = list(misplaced_renditions(image_ids))
    if not misplaced:
        return 0
    files = [(rendition.file.storage, rendition.file.name) for rendition in misplaced]
    for rendition in misplaced:
        rendition.delete()  # Wagtail's own handlers purge its rendition cache
    transaction.on_commit(lambda: _delete_files(files))
    return len(misplaced)


def _delete_files(files) -> None:
    for storage, name in files:
        try:
            storage.delete(name)
        except STORAGE_ERRORS:
            logger.error("Could not delete %s, left in the wrong place; run the sweep.", name)


def _image_saved(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        relocate_renditions([instance.pk])


def _privacy_changed(sender, **kwargs) -> None:
    relocate_renditions()


def _collection_moved(sender, **kwargs) -> None:
    if issubclass(sender, Collection):
        relocate_renditions()
        media_moved.send(sender=Collection)


def media_changed_collection(model: type, ids: Iterable[int]) -> None:
    """For doors that move images or documents without saving each (bulk actions)."""
    if issubclass(model, NewsroomImage):
        relocate_renditions(ids)
    media_moved.send(sender=model)


def connect_signals() -> None:
    post_save.connect(_image_saved, sender=NewsroomImage, dispatch_uid=f"{DISPATCH_PREFIX}.image")
    for signal in (post_save, post_delete):
        signal.connect(
            _privacy_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"{DISPATCH_PREFIX}.restriction.{id(signal)}",
        )
    path_updated.connect(_collection_moved, dispatch_uid=f"{DISPATCH_PREFIX}.collection_moved")
