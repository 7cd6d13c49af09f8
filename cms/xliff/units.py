"""The units of a translation: one per translatable string, with an id that stays the same.

wagtail-localize knows a string by where it is (a context path such as `title` or
`body.<block id>`) and its position among the strings of that place (a rich text block holds
one string per paragraph). A unit's id is made from those two, so it survives new exports and
edits elsewhere on the page, and a unit whose source text changed keeps its id: an import can
say which units changed instead of calling them unknown.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass

from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation

from .inline import html_tokens


@dataclass(frozen=True)
class Unit:
    id: str
    path: str
    source: str
    """The source string as wagtail-localize stores it (HTML of inline tags)."""
    attrs: dict[str, dict]
    string_id: int
    context_id: int
    translation: str | None
    """The current translation into the target locale, if any (errors included)."""

    def source_tokens(self) -> list:
        return html_tokens(self.source)


def unit_id(path: str, position: int) -> str:
    """An XML NMTOKEN whatever the path holds."""
    digest = hashlib.sha1(f"{path}#{position}".encode(), usedforsecurity=False).hexdigest()
    return f"u{digest[:16]}"


def units_of(translation: Translation) -> list[Unit]:
    """In page order; one query."""
    segments = (
        StringSegment.objects.filter(source_id=translation.source_id)
        .order_by("order")
        .select_related("context", "string")
        .annotate_translation(translation.target_locale, include_errors=True)
    )
    positions: dict[str, int] = defaultdict(int)
    units = []
    for segment in segments:
        path = segment.context.path
        units.append(
            Unit(
                id=unit_id(path, positions[path]),
                path=path,
                source=segment.string.data,
                attrs=json.loads(segment.attrs) or {},
                string_id=segment.string_id,
                context_id=segment.context_id,
                translation=segment.translation,
            )
        )
        positions[path] += 1
    return units


def object_reference(translation: Translation) -> str:
    """What a file is for, as `original` names it: `page/12` (the source page) or
    `snippet/newsroom_pages.topic/7`."""
    instance = translation.source.get_source_instance()
    if isinstance(instance, Page):
        return f"page/{instance.pk}"
    return f"snippet/{instance._meta.label_lower}/{instance.pk}"


def describe(translation: Translation) -> str:
    return (
        f"{object_reference(translation)} “{translation.source.object_repr}” "
        f"into {translation.target_locale.language_code}"
    )
