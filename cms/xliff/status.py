"""Which translations are up to date, which are outdated (and by which strings), which are
missing: per locale, for every published page and every translatable snippet of the source
language.

What counts is the source as it was last sent for translation (wagtail-localize's
TranslationSource, refreshed by "Translate this page" and "Sync translated pages"): a string
of it without a translation into the locale makes the translation outdated. A page published
again after that is outdated too, even before anyone syncs: which of its strings changed is
known once it is synced. Only published pages are listed (only they are ever translated), so
the report shows nobody a draft's title.

A fixed number of queries, however many pages and strings: everything is read in bulk.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from .inline import plain_text

UP_TO_DATE, OUTDATED, MISSING = "up_to_date", "outdated", "missing"
STATES = (UP_TO_DATE, OUTDATED, MISSING)
WORD = re.compile("\\w+(?:[-'\u2019]\\w+)*")


def word_count(text: str) -> int:
    return len(WORD.findall(text))


@dataclass
class StatusRow:
    kind: str
    """`page` or the snippet model's label (`newsroom_pages.topic`)."""
    object_id: int
    title: str
    locale: str
    state: str = MISSING
    words: int | None = None
    """Words of the source still to translate (all of them while missing); unknown (None)
    for an item never sent for translation into any language."""
    total_words: int | None = None
    outdated_strings: list[str] = field(default_factory=list)
    source_published_since_sync: bool = False
    translated_object_id: int | None = None
    last_edit: datetime | None = None
    last_edited_by: str = ""
    translation_key: Any = None

    @property
    def page_id(self) -> int | None:
        return self.object_id if self.kind == "page" else None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "page_id": self.page_id,
            "object_id": self.object_id,
            "title": self.title,
            "locale": self.locale,
            "state": self.state,
            "words": self.words,
            "total_words": self.total_words,
            "outdated_strings": self.outdated_strings,
            "source_published_since_sync": self.source_published_since_sync,
            "translated_object_id": self.translated_object_id,
            "last_edit": self.last_edit.isoformat() if self.last_edit else None,
            "last_edited_by": self.last_edited_by,
        }


@dataclass(frozen=True)
class _Source:
    kind: str
    object_id: int
    title: str
    translation_key: Any
    published_at: datetime | None


def _source_pages(locale: Locale) -> list[_Source]:
    now = timezone.now()
    pages = (
        Page.objects.filter(locale=locale, depth__gt=1, live=True, alias_of__isnull=True)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        .order_by("path")
        .values_list("pk", "title", "translation_key", "last_published_at")
    )
    return [_Source("page", pk, title, key, published) for pk, title, key, published in pages]


def translatable_snippet_models() -> list[type]:
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _source_snippets(locale: Locale) -> list[_Source]:
    rows = []
    for model in translatable_snippet_models():
        label = model._meta.label_lower
        for instance in model.objects.filter(locale=locale).order_by("pk"):
            rows.append(_Source(label, instance.pk, str(instance), instance.translation_key, None))
    return rows


def translation_status(locale: Locale, *, include_snippets: bool = True) -> list[StatusRow]:
    source_locale = Locale.get_default()
    sources = _source_pages(source_locale)
    if include_snippets:
        sources += _source_snippets(source_locale)
    keys = [source.translation_key for source in sources]
    targets = _targets(keys, locale)
    translations = {
        row["source__object_id"]: row
        for row in Translation.objects.filter(
            source__object_id__in=keys, source__locale=source_locale, target_locale=locale
        ).values("source_id", "source__object_id", "source__last_updated_at")
    }
    strings = _strings(keys, source_locale, locale)
    edits = _last_edits(keys, locale)
    rows = []
    for source in sources:
        row = StatusRow(
            source.kind,
            source.object_id,
            source.title,
            locale.language_code,
            translation_key=source.translation_key,
        )
        source_strings = strings.get(source.translation_key, [])
        if source_strings:
            row.total_words = sum(words for _text, words, _done in source_strings)
        target = targets.get((source.kind, source.translation_key))
        translation = translations.get(source.translation_key)
        if target is None:
            row.words = row.total_words
        else:
            row.translated_object_id = target
            row.last_edit, row.last_edited_by = edits.get(source.translation_key, (None, ""))
            pending = [(text, words) for text, words, done in source_strings if not done]
            row.outdated_strings = [text for text, _words in pending]
            row.words = sum(words for _text, words in pending)
            row.source_published_since_sync = bool(
                translation
                and source.published_at
                and source.published_at > translation["source__last_updated_at"]
            )
            outdated = pending or row.source_published_since_sync
            row.state = OUTDATED if outdated else UP_TO_DATE
        rows.append(row)
    return rows


def _targets(keys: list, locale: Locale) -> dict[tuple[str, Any], int]:
    """Translated instances, by (kind, translation key); an alias is no translation."""
    found = {
        ("page", key): pk
        for key, pk in Page.objects.filter(
            translation_key__in=keys, locale=locale, alias_of__isnull=True
        ).values_list("translation_key", "pk")
    }
    for model in translatable_snippet_models():
        label = model._meta.label_lower
        for key, pk in model.objects.filter(translation_key__in=keys, locale=locale).values_list(
            "translation_key", "pk"
        ):
            found[(label, key)] = pk
    return found


def _strings(keys: list, source_locale: Locale, locale: Locale) -> dict[Any, list]:
    """(text, words, translated) of each string of each item's source, in page order."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale=locale,
        has_error=False,
    )
    by_key: dict[Any, list] = defaultdict(list)
    for key, data, done in (
        StringSegment.objects.filter(source__object_id__in=keys, source__locale=source_locale)
        .annotate(done=Exists(translated))
        .order_by("source_id", "order")
        .values_list("source__object_id", "string__data", "done")
    ):
        text = plain_text(data)
        by_key[key].append((text, word_count(text), done))
    return by_key


def _last_edits(keys: list, locale: Locale) -> dict[Any, tuple[datetime, str]]:
    edits: dict[Any, tuple[datetime, str]] = {}
    for key, updated_at, username in (
        StringTranslation.objects.filter(context__object_id__in=keys, locale=locale)
        .order_by("updated_at")
        .values_list("context__object_id", "updated_at", "last_translated_by__username")
    ):
        edits[key] = (updated_at, username or "")
    return edits
