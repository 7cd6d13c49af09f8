"""Locales as frontends see them: paths carry the locale, aliases and unpublished translations
never pass as translations, a listing may fall back to the default locale, snippets follow."""

import pytest
from wagtail.models import Page

from newsroom_pages.localization import (
    in_locale,
    locale_direction,
    localize_grouped,
    translated_page_ids,
)
from newsroom_pages.pages import NewsItemPage
from newsroom_pages.paths import frontend_path
from tests.api.conftest import GraphQLClient
from tests.factories import PressReleasePageFactory, TopicFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

PAGE = "query($path: String!) { page(urlPath: $path) { title locale translations { locale urlPath } } }"


def published_translation(page, locale, title: str | None = None):
    """A translator's published copy; the untranslated parents become aliases, as in the admin."""
    translation = page.copy_for_translation(locale, copy_parents=True)
    translation.title = title or f"{page.title} ({locale.language_code})"
    translation.save_revision().publish()
    return translation


def page_at(path: str) -> dict | None:
    return GraphQLClient().query(PAGE, {"path": path})["page"]


@pytest.fixture
def item(newsroom):
    return PressReleasePageFactory(parent=newsroom, slug="militia-held-to-account", title="Militia")


@pytest.mark.parametrize(
    ("code", "direction"), [("ar", "RTL"), ("en", "LTR"), ("fr", "LTR"), ("es", "LTR")]
)
def test_arabic_reads_right_to_left_and_the_others_left_to_right(code, direction):
    assert locale_direction(code) == direction


def test_an_unknown_locale_code_reads_left_to_right():
    assert locale_direction("xx") == "LTR"


@pytest.mark.parametrize("code", ["ar", "fr"])
def test_a_translation_is_served_under_its_locale_code_with_the_source_slug(item, locales, code):
    translation = published_translation(item, locales[code])
    assert frontend_path(item) == "/newsroom/militia-held-to-account/"
    assert frontend_path(translation) == f"/{code}/newsroom/militia-held-to-account/"


def test_the_site_root_of_each_locale_is_its_code(item, locales, site_root):
    published_translation(item, locales["ar"])
    arabic_root = site_root.get_translation(locales["ar"])
    assert (frontend_path(site_root), frontend_path(arabic_root)) == ("/", "/ar/")


def test_a_path_with_a_locale_code_finds_the_page_of_that_locale(item, locales):
    published_translation(item, locales["ar"], title="الميليشيا")
    published_translation(item, locales["fr"], title="Milice")
    assert page_at("/ar/newsroom/militia-held-to-account/")["title"] == "الميليشيا"
    assert page_at("/fr/newsroom/militia-held-to-account/")["title"] == "Milice"
    assert page_at("/newsroom/militia-held-to-account/")["title"] == "Militia"


def test_a_page_lists_its_translations_by_locale_with_their_paths(item, locales):
    published_translation(item, locales["ar"])
    published_translation(item, locales["fr"])
    assert page_at("/ar/newsroom/militia-held-to-account/")["translations"] == [
        {"locale": "en", "urlPath": "/newsroom/militia-held-to-account/"},
        {"locale": "fr", "urlPath": "/fr/newsroom/militia-held-to-account/"},
    ]


def test_an_untranslated_alias_is_neither_served_nor_listed_as_a_translation(item, locales):
    published_translation(item, locales["fr"])
    french_newsroom = Page.objects.get(depth=3, locale=locales["fr"])
    assert french_newsroom.alias_of_id is not None and french_newsroom.live
    assert page_at("/fr/newsroom/") is None
    assert page_at("/newsroom/")["translations"] == []


def test_an_unpublished_translation_is_neither_served_nor_listed(item, locales):
    item.copy_for_translation(locales["fr"], copy_parents=True)
    assert page_at("/fr/newsroom/militia-held-to-account/") is None
    assert page_at("/newsroom/militia-held-to-account/")["translations"] == []


@pytest.fixture
def three_items(newsroom, locales):
    """Translated and published, untranslated, and translated but not published yet."""
    translated, untranslated, draft = (
        PressReleasePageFactory(parent=newsroom, slug=slug)
        for slug in ("translated", "untranslated", "draft")
    )
    arabic = published_translation(translated, locales["ar"])
    draft.copy_for_translation(locales["ar"], copy_parents=True)
    return arabic, untranslated, draft


def test_a_locale_listing_holds_only_that_locales_items(three_items):
    arabic, _untranslated, _draft = three_items
    assert [page.pk for page in in_locale(NewsItemPage.objects.live(), "ar")] == [arabic.pk]


def test_the_fallback_fills_in_the_default_locale_where_no_live_translation_exists(three_items):
    arabic, untranslated, draft = three_items
    listing = in_locale(NewsItemPage.objects.live(), "ar", fallback=True)
    assert {(page.slug, page.locale.language_code) for page in listing} == {
        (arabic.slug, "ar"),
        (untranslated.slug, "en"),
        (draft.slug, "en"),
    }


def test_the_default_locale_needs_no_fallback(three_items):
    listing = in_locale(NewsItemPage.objects.live(), "en", fallback=True)
    assert {page.locale.language_code for page in listing} == {"en"}
    assert listing.count() == 3


@pytest.fixture
def topics(locales):
    translated, untranslated = (
        TopicFactory(name="Accountability"),
        TopicFactory(name="Surveillance"),
    )
    arabic = translated.copy_for_translation(locales["ar"])
    arabic.name = "المساءلة"
    arabic.save()
    return translated, untranslated


def test_snippets_are_shown_in_the_requested_locale_where_translated(topics, locales):
    localized = localize_grouped({"page": list(topics)}, {"page": locales["ar"].pk})
    assert [topic.name for topic in localized["page"]] == ["المساءلة", "Surveillance"]


def test_each_page_gets_its_snippets_in_its_own_locale_in_one_query_per_other_locale(
    topics, locales, django_assert_num_queries
):
    grouped = {1: list(topics), 2: list(topics), 3: list(topics)}
    locale_of = {1: locales["ar"].pk, 2: locales["en"].pk, 3: locales["fr"].pk}
    with django_assert_num_queries(2):
        localized = localize_grouped(grouped, locale_of)
    assert {key: [t.name for t in group] for key, group in localized.items()} == {
        1: ["المساءلة", "Surveillance"],
        2: ["Accountability", "Surveillance"],
        3: ["Accountability", "Surveillance"],
    }


def test_snippets_already_in_the_pages_locale_cost_no_query(
    topics, locales, django_assert_num_queries
):
    with django_assert_num_queries(0):
        localize_grouped({1: list(topics)}, {1: locales["en"].pk})


def test_links_to_a_source_page_find_its_live_translation_in_the_readers_locale(
    item, newsroom, locales, django_assert_num_queries
):
    arabic = published_translation(item, locales["ar"])
    draft_only = PressReleasePageFactory(parent=newsroom)
    draft_only.copy_for_translation(locales["ar"], copy_parents=True)
    with django_assert_num_queries(2):
        mapping = translated_page_ids(
            [item.pk, draft_only.pk], "ar", Page.objects.live().filter(alias_of__isnull=True)
        )
    assert mapping == {item.pk: arabic.pk}
