"""Locales in the API: a listing in one language, with an explicit fallback to the default."""

import pytest
from wagtail.models import Locale

from tests.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

LISTING = """query($locale: String, $fallback: Boolean) {
  newsItems(locale: $locale, fallback: $fallback) { totalCount edges { node { title locale } } }
}"""


@pytest.fixture
def newsroom_in_two_languages(newsroom):
    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    translated = PressReleasePageFactory(parent=newsroom, title="Translated", slug="translated")
    PressReleasePageFactory(parent=newsroom, title="English only", slug="english-only")
    translation = translated.copy_for_translation(arabic, copy_parents=True)
    translation.title = "مترجم"
    translation.save_revision().publish()


def nodes(graphql, **variables) -> list[tuple[str, str]]:
    edges = graphql.query(LISTING, variables)["newsItems"]["edges"]
    return sorted((edge["node"]["title"], edge["node"]["locale"]) for edge in edges)


def test_a_locale_lists_only_its_own_items(graphql, newsroom_in_two_languages):
    assert nodes(graphql, locale="ar") == [("مترجم", "ar")]


def test_fallback_fills_in_default_locale_items_and_says_so(graphql, newsroom_in_two_languages):
    assert nodes(graphql, locale="ar", fallback=True) == [("English only", "en"), ("مترجم", "ar")]


def test_fallback_never_lists_an_item_twice(graphql, newsroom_in_two_languages):
    total = graphql.query(LISTING, {"locale": "ar", "fallback": True})["newsItems"]["totalCount"]
    assert total == 2


def test_a_link_shared_by_items_in_two_locales_follows_each_reader(graphql, newsroom):
    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    target = PressReleasePageFactory(parent=newsroom, title="Target", slug="target")
    target_ar = target.copy_for_translation(arabic, copy_parents=True)
    target_ar.save_revision().publish()
    body = [("call_to_action", {"text": "Read", "page": target})]
    linking = PressReleasePageFactory(parent=newsroom, slug="linking", body=body)
    PressReleasePageFactory(parent=newsroom, slug="also-linking", body=body)
    linking_ar = linking.copy_for_translation(arabic)
    linking_ar.save_revision().publish()
    data = graphql.query(
        '{ newsItems(locale: "ar", fallback: true) { edges { node { locale'
        " body { ... on CallToActionBlock { url } } } } } }"
    )
    urls = {
        (edge["node"]["locale"], block["url"])
        for edge in data["newsItems"]["edges"]
        for block in edge["node"]["body"]
        if "url" in block
    }
    assert urls == {("ar", "/ar/newsroom/target/"), ("en", "/newsroom/target/")}
