"""Frontend paths carry the locale; aliases and unpublished translations never pass as translations."""

import pytest
from wagtail.models import Page, PageViewRestriction

from newsroom_pages.localization import (
    LocaleRoots,
    frontend_path,
    in_locale,
    live_translations,
    locale_direction,
    localize_instances,
    page_at_frontend_path,
    resolve_frontend_path,
)
from newsroom_pages.pages import NewsItemPage
from tests.factories import PressReleasePageFactory, TopicFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def published_translation(page, locale, title: str | None = None):
    """A translator's published copy; the untranslated parents become aliases, as in the admin."""
    translation = page.copy_for_translation(locale, copy_parents=True)
    translation.title = title or f"{page.title} ({locale.language_code})"
    translation.save_revision().publish()
    return translation


@pytest.fixture
def item(newsroom):
    return PressReleasePageFactory(parent=newsroom, slug="militia-held-to-account")


@pytest.mark.parametrize(
    ("code", "direction"), [("ar", "RTL"), ("en", "LTR"), ("fr", "LTR"), ("es", "LTR")]
)
def test_arabic_reads_right_to_left_and_the_others_left_to_right(code, direction):
    assert locale_direction(code) == direction


def test_an_unknown_locale_code_reads_left_to_right():
    assert locale_direction("xx") == "LTR"


def test_a_default_locale_item_has_no_locale_prefix(item):
    assert frontend_path(item) == "/newsroom/militia-held-to-account/"


@pytest.mark.parametrize("code", ["ar", "fr"])
def test_a_translation_is_served_under_its_locale_code_with_the_source_slug(item, locales, code):
    translation = published_translation(item, locales[code])
    assert frontend_path(translation) == f"/{code}/newsroom/militia-held-to-account/"


def test_the_site_root_of_each_locale_is_its_code(item, locales, site_root):
    published_translation(item, locales["ar"])
    arabic_root = site_root.get_translation(locales["ar"])
    assert (frontend_path(site_root), frontend_path(arabic_root)) == ("/", "/ar/")


def test_a_page_outside_the_site_has_no_frontend_path():
    assert frontend_path(Page.get_first_root_node()) is None


def test_an_arabic_path_resolves_to_the_arabic_tree(item, locales, site_root):
    published_translation(item, locales["ar"])
    arabic_root = site_root.get_translation(locales["ar"])
    assert resolve_frontend_path("/ar/newsroom/militia-held-to-account/") == (
        "ar",
        f"{arabic_root.url_path}newsroom/militia-held-to-account/",
    )


def test_a_path_without_a_locale_code_resolves_to_the_default_locale(site_root):
    assert resolve_frontend_path("newsroom/x") == ("en", f"{site_root.url_path}newsroom/x/")


def test_a_locale_without_a_tree_resolves_to_no_url_path():
    assert resolve_frontend_path("/es/newsroom/x/") == ("es", None)


def test_every_page_of_every_locale_is_found_again_by_its_frontend_path(item, locales):
    for code in ("ar", "fr"):
        published_translation(item, locales[code])
    roots = LocaleRoots.load()
    site_pages = Page.objects.filter(depth__gte=2)
    assert site_pages.count() == 9
    for page in site_pages:
        assert page_at_frontend_path(roots.frontend_path(page)) == page


def test_the_frontend_path_picks_the_page_of_the_requested_locale(item, locales):
    french = published_translation(item, locales["fr"])
    assert page_at_frontend_path("/fr/newsroom/militia-held-to-account/").pk == french.pk
    assert page_at_frontend_path("/newsroom/militia-held-to-account/").pk == item.pk


def test_paths_for_a_listing_cost_no_query_per_page(item, locales, django_assert_num_queries):
    pages = [item, published_translation(item, locales["fr"])]
    roots = LocaleRoots.load()
    with django_assert_num_queries(0):
        assert [roots.frontend_path(page) for page in pages] == [
            "/newsroom/militia-held-to-account/",
            "/fr/newsroom/militia-held-to-account/",
        ]


def test_live_translations_lists_published_translations_by_locale(item, locales):
    published_translation(item, locales["fr"])
    published_translation(item, locales["ar"])
    assert [page.locale.language_code for page in live_translations(item)] == ["ar", "fr"]


def test_an_alias_is_never_a_translation(item, locales, newsroom):
    published_translation(item, locales["fr"])
    french_newsroom = newsroom.get_translation(locales["fr"])
    assert french_newsroom.alias_of_id == newsroom.pk
    assert french_newsroom.live
    assert not live_translations(newsroom).exists()


def test_an_unpublished_translation_is_never_listed(item, locales):
    item.copy_for_translation(locales["fr"], copy_parents=True)
    assert not live_translations(item).exists()


def test_a_restricted_translation_is_never_listed(item, locales):
    french = published_translation(item, locales["fr"])
    PageViewRestriction.objects.create(page=french, restriction_type="login")
    assert not live_translations(item).exists()


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


def test_snippets_are_shown_in_the_requested_locale_where_translated(locales):
    translated, untranslated = (
        TopicFactory(name="Accountability"),
        TopicFactory(name="Surveillance"),
    )
    arabic = translated.copy_for_translation(locales["ar"])
    arabic.name = "المساءلة"
    arabic.save()
    assert [topic.name for topic in localize_instances([translated, untranslated], "ar")] == [
        "المساءلة",
        "Surveillance",
    ]
