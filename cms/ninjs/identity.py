"""Stable identifiers for ninjs objects: derived from what does not change when an item is
renamed, moved or republished (its translation key and language, an image's file hash), never
from a database id, so an agency's copy is matched on every later version."""

import uuid

from cms.media.models import NewsroomImage
from newsroom_pages.pages import NewsItemPage

NINJS_VERSION = "2.1"
SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"
# uuid5 namespaces of this CMS's ninjs objects (fixed: changing them changes every URI).
ITEM_NAMESPACE = uuid.UUID("6f1d3a7e-2c55-5b4e-9a8e-0d6c1b9f4e21")
PICTURE_NAMESPACE = uuid.UUID("0b7f54c2-8e1a-5d3b-b6c4-92a1f0e7d835")


def item_uri(page: NewsItemPage) -> str:
    """One URI per item and language: translations are separate news objects in ninjs."""
    return uuid.uuid5(ITEM_NAMESPACE, f"{page.translation_key}:{page.locale.language_code}").urn


def picture_uri(image: NewsroomImage) -> str:
    return uuid.uuid5(PICTURE_NAMESPACE, image.file_hash or f"image:{image.pk}").urn


def standard() -> dict:
    return {"name": "ninjs", "version": NINJS_VERSION, "schema": SCHEMA_URI}
