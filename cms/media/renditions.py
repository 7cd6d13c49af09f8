"""Renditions for API responses: a storage failure becomes an error for one field, not a 500
for the whole request."""

from __future__ import annotations

import logging
from functools import lru_cache

from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.models import AbstractImage, AbstractRendition, Filter

from .faults import STORAGE_ERRORS

logger = logging.getLogger(__name__)


class RenditionUnavailable(Exception):
    """The rendition could not be produced now (storage down, slow or failing); retrying later
    may work. The message is safe to show to API clients."""

    def __init__(self, image_id: int, spec: str) -> None:
        super().__init__(f"The rendition {spec!r} of image {image_id} is temporarily unavailable.")
        self.image_id = image_id
        self.spec = spec


class InvalidRenditionSpec(ValueError):
    """The requested size or format is not a valid Wagtail filter spec."""


@lru_cache(maxsize=256)
def parsed_filter(spec: str) -> Filter:
    """Wagtail parses a spec (inspecting each operation's signature) for every image it is
    applied to; specs come from a short allow-list, so each is parsed once per process."""
    return Filter(spec=spec)


def get_renditions(image: AbstractImage, *specs: str) -> dict[str, AbstractRendition]:
    """`image.get_renditions(*specs)` (one query for all existing ones, e.g. a srcset), with
    the storage's failures translated: RenditionUnavailable, InvalidRenditionSpec."""
    try:
        return image.get_renditions(*(parsed_filter(spec) for spec in specs))
    except InvalidFilterSpecError as error:
        raise InvalidRenditionSpec(str(error)) from error
    except STORAGE_ERRORS as error:
        logger.warning("Renditions %r of image %s failed: %s", specs, image.pk, error)
        raise RenditionUnavailable(image.pk, ",".join(specs)) from error
