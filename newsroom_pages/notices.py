"""Notices: what an editor tells readers changed after publication (a correction, a
clarification, an update, an editor's note), dated, above the story.

A correction made as an invisible edit is the thing newsrooms are criticised for; a notice is
the visible, dated record of it, and every channel (the API, JSON-LD, feeds, ninjs) reads it
from here, so they cannot disagree about what changed or when. Notices live in a StreamField
of the page, so they are versioned, moderated and translated with the rest of the page
(wagtail-localize offers their text to translators; the date is kept from the source).
"""

import datetime
import html
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .richtext import RichTextReferences, collect_references, to_frontend_html

NOTICE_FEATURES = ["bold", "italic", "link"]


class NoticeKind(StrEnum):
    CORRECTION = "correction"
    CLARIFICATION = "clarification"
    UPDATE = "update"
    EDITORS_NOTE = "editors_note"


KIND_LABELS = {
    NoticeKind.CORRECTION: _("Correction"),
    NoticeKind.CLARIFICATION: _("Clarification"),
    NoticeKind.UPDATE: _("Update"),
    NoticeKind.EDITORS_NOTE: _("Editor's note"),
}
KIND_ICONS = {
    NoticeKind.CORRECTION: "warning",
    NoticeKind.CLARIFICATION: "help",
    NoticeKind.UPDATE: "history",
    NoticeKind.EDITORS_NOTE: "info-circle",
}


class NoticeBlock(blocks.StructBlock):
    noted_at = blocks.DateTimeBlock(
        label=_("noted at"), help_text=_("When the change was made, as readers will see it.")
    )
    text = blocks.RichTextBlock(
        features=NOTICE_FEATURES,
        label=_("text"),
        help_text=_("What changed and why, e.g. “An earlier version gave the wrong date.”"),
    )

    def clean(self, value):
        """An empty paragraph passes the rich-text editor's own check; a notice that says
        nothing is refused, so readers are never shown a bare "Correction"."""
        value = super().clean(value)
        if not html.unescape(strip_tags(value["text"].source)).strip():
            raise blocks.StructBlockValidationError(
                block_errors={"text": ErrorList([ValidationError(_("Say what changed."))])}
            )
        return value


class NoticesBlock(blocks.StreamBlock):
    """One block type per kind, so the editor picks the kind from the "+" menu."""

    def __init__(self, **kwargs) -> None:
        kinds = [
            (kind.value, NoticeBlock(label=KIND_LABELS[kind], icon=KIND_ICONS[kind]))
            for kind in NoticeKind
        ]
        super().__init__(kinds, **kwargs)


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    noted_at: datetime.datetime
    html: str
    """As stored (Wagtail's link format); channels resolve links with newsroom_pages.richtext."""

    @property
    def text(self) -> str:
        """Plain text, for JSON-LD and other channels that take no markup."""
        return html.unescape(strip_tags(self.html)).strip()


def _moment(raw: str | None) -> datetime.datetime | None:
    """DateTimeBlock stores ISO text; a naive value is in UTC (the project's TIME_ZONE)."""
    try:
        moment = datetime.datetime.fromisoformat(raw or "")
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def notices_from_raw(raw_data: list[dict] | None) -> list[Notice]:
    """Newest first, from the stored JSON (no query, whatever the number of notices); a block
    of an unknown kind or without a valid date is left out rather than shown undated."""
    notices = []
    for raw in raw_data or []:
        value = raw.get("value") or {}
        moment = _moment(value.get("noted_at"))
        if raw.get("type") in NoticeKind._value2member_map_ and moment is not None:
            notices.append(Notice(NoticeKind(raw["type"]), moment, value.get("text") or ""))
    return sorted(notices, key=lambda notice: notice.noted_at, reverse=True)


def notices_of(page) -> list[Notice]:
    """The page's notices, newest first (its `notices` column, read with the row)."""
    notices = getattr(page, "notices", None)
    return notices_from_raw(notices.raw_data if notices is not None else None)


def latest_notice_at(page) -> datetime.datetime | None:
    notices = notices_of(page)
    return notices[0].noted_at if notices else None


def with_links_resolved(
    pages: list,
    *,
    urls: Callable[[set[int]], dict[int, str]],
    translations: Callable[[dict[str, set[int]]], dict[str, dict[int, int]]],
) -> dict[int, list[Notice]]:
    """Each page's notices (newest first) as HTML for readers: a page link becomes the URL
    `urls` gives its target (followed to the reader's locale by `translations`, as body links
    are), a link to anything not public plain text. One batch for every page: the query count
    does not grow with pages or notices."""
    stored = {page.pk: notices_of(page) for page in pages}
    linked_by_locale: dict[str, set[int]] = defaultdict(set)
    for page in pages:
        references = RichTextReferences()
        for notice in stored[page.pk]:
            collect_references(notice.html, references)
        if references.page_ids:
            linked_by_locale[page.locale.language_code] |= references.page_ids
    translated = translations(linked_by_locale) if linked_by_locale else {}
    targets = set().union(*linked_by_locale.values()) if linked_by_locale else set()
    for mapping in translated.values():
        targets |= set(mapping.values())
    found = urls(targets) if targets else {}
    resolved = {}
    for page in pages:
        links = translated.get(page.locale.language_code, {})

        def page_url(pk: int, links=links) -> str | None:
            return found.get(links.get(pk, pk))

        resolved[page.pk] = [
            Notice(notice.kind, notice.noted_at, to_frontend_html(notice.html, page_url, _none))
            for notice in stored[page.pk]
        ]
    return resolved


def _none(pk: int) -> None:
    """Notices offer no document links (NOTICE_FEATURES): any found is shown as plain text."""
    return None
