"""`page(…, fallback: true)`: a locale switcher always lands somewhere, and `locale` says where."""

import pytest
from wagtail.models import Locale

from cms.api.core.identity import global_id
from tests.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

BY_PATH = """query($urlPath: String!, $locale: String, $fallback: Boolean) {
  page(urlPath: $urlPath, locale: $locale, fallback: $fallback) { id title locale urlPath }
}"""
BY_ID = """query($id: ID!, $locale: String, $fallback: Boolean) {
  page(id: $id, locale: $locale, fallback: $fallback) { id title locale urlPath }
}"""


@pytest.fixture
def arabic(db) -> Locale:
    return Locale.objects.get_or_create(language_code="ar")[0]


@pytest.fixture
def english_only(newsroom):
    return PressReleasePageFactory(parent=newsroom, title="English only", slug="english-only")


@pytest.fixture
def translated(newsroom, arabic):
    page = PressReleasePageFactory(parent=newsroom, title="Translated", slug="translated")
    translation = page.copy_for_translation(arabic, copy_parents=True)
    translation.title = "مترجم"
    translation.save_revision().publish()
    return page, translation


def test_an_arabic_path_without_a_translation_falls_back_to_the_english_page(graphql, english_only):
    page = graphql.query(BY_PATH, {"urlPath": "/ar/newsroom/english-only/", "fallback": True})
    assert page["page"] == {
        "id": global_id("Page", english_only.pk),
        "title": "English only",
        "locale": "en",
        "urlPath": "/newsroom/english-only/",
    }


def test_without_fallback_a_missing_translation_is_null(graphql, english_only):
    page = graphql.query(BY_PATH, {"urlPath": "/ar/newsroom/english-only/"})
    assert page["page"] is None


def test_fallback_prefers_the_live_translation(graphql, translated):
    page = graphql.query(BY_PATH, {"urlPath": "/ar/newsroom/translated/", "fallback": True})
    assert (page["page"]["title"], page["page"]["locale"]) == ("مترجم", "ar")


def test_an_english_path_with_an_arabic_locale_finds_the_translation(graphql, translated):
    variables = {"urlPath": "/newsroom/translated/", "locale": "ar", "fallback": True}
    assert graphql.query(BY_PATH, variables)["page"]["locale"] == "ar"


def test_switching_by_id_lands_on_the_translation_or_the_default_locale(
    graphql, translated, english_only
):
    english, _ = translated
    switch = {"locale": "ar", "fallback": True}
    to_arabic = graphql.query(BY_ID, {"id": english.pk} | switch)["page"]
    to_fallback = graphql.query(BY_ID, {"id": english_only.pk} | switch)["page"]
    assert (to_arabic["locale"], to_fallback["locale"]) == ("ar", "en")
    assert to_fallback["id"] == global_id("Page", english_only.pk)


def test_a_draft_translation_is_never_returned_by_fallback(graphql, english_only, arabic):
    draft = english_only.copy_for_translation(arabic, copy_parents=True)
    draft.title = "مسودة"
    draft.save_revision()
    page = graphql.query(BY_PATH, {"urlPath": "/ar/newsroom/english-only/", "fallback": True})
    assert page["page"]["title"] == "English only"


def test_an_unknown_locale_is_refused_by_name(graphql, english_only):
    body = graphql.post(BY_ID, {"id": english_only.pk, "locale": "xx"}).json()
    assert body["errors"][0]["message"].startswith("Unknown locale 'xx'")
