"""Which collections are private: the half of the privacy rule that media needs on its own
(where a file is stored, who may download it), declared here so that the domain's rule
(`newsroom_pages.privacy`) and the storage read the same one."""

from __future__ import annotations

from django.db.models import Q
from wagtail.models import CollectionViewRestriction

# Never public on the bucket (cms.media.placement, cms.media.bucket_check).
PRIVATE_PREFIX = "private/"
PUBLIC_RENDITIONS = "images"
PRIVATE_RENDITIONS = f"{PRIVATE_PREFIX}images"


def restricted_collection_paths() -> list[str]:
    """Tree paths of the collections under a view restriction (password, login or groups)."""
    return list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))


def is_public_collection(collection_path: str, restricted_paths: list[str]) -> bool:
    """An image or document in a restricted collection, or below one, is private."""
    return not any(collection_path.startswith(restricted) for restricted in restricted_paths)


def in_restricted_collections(restricted_paths: list[str], *, through: str = "collection") -> Q:
    """A filter for rows whose collection (reached `through` that relation) is private."""
    private = Q(pk__in=[])
    for path in restricted_paths:
        private |= Q(**{f"{through}__path__startswith": path})
    return private


def is_private(item) -> bool:
    """An image or document, read now (one query for the restrictions)."""
    return not is_public_collection(item.collection.path, restricted_collection_paths())


def rendition_folder(image) -> str:
    """Where a new rendition of `image` is stored (cms.media.placement)."""
    return PRIVATE_RENDITIONS if is_private(image) else PUBLIC_RENDITIONS
