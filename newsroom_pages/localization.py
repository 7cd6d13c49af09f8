"""What the API needs to serve a locale beyond paths (newsroom_pages/paths.py): text direction,
the default-locale fallback of a listing, snippets and link targets in the reader's language."""

from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import Literal, TypeVar

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils.translation import get_language_info
from wagtail.models import Page, TranslatableMixin

Direction = Literal["LTR", "RTL"]
T = TypeVar("T", bound=TranslatableMixin)
K = TypeVar("K", bound=Hashable)


class UnknownLocale(LookupError):
    """A locale the newsroom does not publish in; the message lists those it does."""


def locale_codes() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def checked_locale(locale: str | None) -> str:
    """The language code asked for (the default locale when none), or UnknownLocale: the one
    check for the API's `locale` arguments, feeds and sitemaps."""
    locale = locale or settings.LANGUAGE_CODE
    if locale not in locale_codes():
        raise UnknownLocale(f"Unknown locale '{locale}'; available: {', '.join(locale_codes())}.")
    return locale


def locale_direction(code: str) -> Direction:
    """From Django's language table (`bidi`), so any right-to-left locale added later is right."""
    try:
        return "RTL" if get_language_info(code)["bidi"] else "LTR"
    except KeyError:
        return "LTR"


def in_locale(queryset: QuerySet, locale: str, *, fallback: bool = False) -> QuerySet:
    """Pages of `queryset` in `locale`; with `fallback`, the default-locale page wherever
    `queryset` holds no page of that locale. Pass the visible pages: an unpublished or
    restricted translation then does not hide its published source, and aliases never count
    as translations."""
    translated = queryset.filter(locale__language_code=locale, alias_of__isnull=True)
    if not fallback or locale == settings.LANGUAGE_CODE:
        return translated
    untranslated_sources = queryset.filter(
        locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True
    ).exclude(translation_key__in=translated.values("translation_key"))
    return queryset.filter(
        Q(pk__in=translated.values("pk")) | Q(pk__in=untranslated_sources.values("pk"))
    )


def localize_grouped(grouped: dict[K, list[T]], locale_of: dict[K, int]) -> dict[K, list[T]]:
    """Each group's snippets in its locale (`locale_of[key]`, a Locale id) where translated,
    else as stored.

    Translated pages keep pointing at the source locale's topics and countries (wagtail-localize
    synchronises many-to-many fields as they are), so they are localized on the way out: one
    query per snippet model and locale that differs, none when everything is in its locale."""
    wanted: dict[tuple[type, int], set] = defaultdict(set)
    for key, snippets in grouped.items():
        for snippet in snippets:
            if snippet.locale_id != locale_of[key]:
                wanted[(type(snippet), locale_of[key])].add(snippet.translation_key)
    found: dict[tuple[type, int, object], T] = {}
    for (model, locale_id), keys in wanted.items():
        for translation in model.objects.filter(translation_key__in=keys, locale_id=locale_id):
            found[(model, locale_id, translation.translation_key)] = translation
    return {
        key: [
            found.get((type(snippet), locale_of[key], snippet.translation_key), snippet)
            for snippet in snippets
        ]
        for key, snippets in grouped.items()
    }


def translated_page_ids(page_ids: Iterable[int], code: str, visible: QuerySet) -> dict[int, int]:
    """For links (call to action, related content, related items), which still point at the
    source page after translation: page id -> id of its page in locale `code` among `visible`
    (pass the visible pages), for those that have one. Two queries for any number of links."""
    keys = dict(Page.objects.filter(pk__in=set(page_ids)).values_list("pk", "translation_key"))
    in_locale_by_key = dict(
        visible.filter(
            translation_key__in=set(keys.values()), locale__language_code=code
        ).values_list("translation_key", "pk")
    )
    return {pk: in_locale_by_key[key] for pk, key in keys.items() if key in in_locale_by_key}
