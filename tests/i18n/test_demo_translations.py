"""`make run` shows a multilingual newsroom: demo items and snippets in French, Arabic and
Spanish."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import StringTranslation, Translation

from cms.translation.permissions import translators_group_name
from newsroom_pages.demo.translation_content import DEMO_NOTE
from newsroom_pages.pages import NewsItemPage, NewsroomIndexPage
from newsroom_pages.snippets import Country, PressContact, Topic
from tests.api.conftest import GraphQLClient

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.usefixtures("demo_newsroom"),
]

ARABIC_ITEM = "/ar/newsroom/heavy-weaponry-tripoli-protesters/"


def translated_items(code: str):
    return NewsItemPage.objects.live().filter(locale__language_code=code, alias_of__isnull=True)


@pytest.mark.parametrize("code", ["fr", "ar", "es"])
def test_at_least_three_items_are_published_in_french_arabic_and_spanish(code):
    assert translated_items(code).count() >= 3


@pytest.mark.parametrize("code", ["fr", "ar", "es"])
def test_every_translated_item_says_it_is_a_demo_translation(code):
    for item in translated_items(code):
        assert item.summary.endswith(DEMO_NOTE[code].strip()), item.title


@pytest.mark.parametrize("model", [Topic, Country, PressContact])
@pytest.mark.parametrize("code", ["fr", "ar", "es"])
def test_every_demo_snippet_is_translated(model, code):
    locale = Locale.objects.get(language_code=code)
    for snippet in model.objects.filter(locale=Locale.get_default()):
        translation = snippet.get_translation_or_none(locale)
        assert translation is not None, snippet
        assert translation.pk != snippet.pk


def test_arabic_snippets_are_written_in_arabic():
    arabic = Topic.objects.filter(locale__language_code="ar")
    assert arabic.exists()
    assert all("\u0600" <= topic.name[0] <= "\u06ff" for topic in arabic)


def test_every_demo_translation_is_complete_and_synced_with_its_source():
    translations = Translation.objects.filter(enabled=True)
    assert translations.count() >= 3 * (7 + 6 + 1 + 1 + 3)
    for translation in translations:
        total, translated = translation.get_progress()
        assert translated == total, translation.source.object_repr


def test_an_arabic_item_is_served_by_its_path_and_lists_its_other_versions():
    page = GraphQLClient().query(
        "query($path: String!) { page(urlPath: $path) { title locale translations { locale } } }",
        {"path": ARABIC_ITEM},
    )["page"]
    assert page["locale"] == "ar"
    assert page["title"].startswith("استخدام أسلحة ثقيلة")
    assert sorted(translation["locale"] for translation in page["translations"]) == [
        "en",
        "es",
        "fr",
    ]


def test_the_newsroom_index_is_translated_and_every_locale_has_its_tree():
    assert {
        index.locale.language_code: index.title
        for index in NewsroomIndexPage.objects.filter(alias_of__isnull=True)
    } == {"en": "Newsroom", "fr": "Salle de presse", "ar": "غرفة الأخبار", "es": "Sala de prensa"}


def test_each_languages_translators_have_rights_on_that_languages_tree_only():
    roots = Page.objects.filter(depth=2).exclude(locale=Locale.get_default())
    assert {root.locale.language_code for root in roots} == {"ar", "fr", "es"}
    for root in roots:
        granted = GroupPagePermission.objects.filter(page=root, group__name__startswith="Trans")
        names = set(granted.values_list("group__name", flat=True))
        assert names == {translators_group_name(root.locale.language_code)}


def test_loading_the_demo_again_adds_no_translation():
    counts = (Translation.objects.count(), StringTranslation.objects.count(), Page.objects.count())
    output = StringIO()
    call_command("load_demo_newsroom", stdout=output)
    assert (
        Translation.objects.count(),
        StringTranslation.objects.count(),
        Page.objects.count(),
    ) == counts
    assert "nothing changed" in output.getvalue()


def test_the_api_serves_the_arabic_items_topics_and_countries_in_arabic():
    page = GraphQLClient().query(
        "query($path: String!) { page(urlPath: $path) { ... on NewsItem {"
        " topics { name slug } countries { name isoCode } } } }",
        {"path": ARABIC_ITEM},
    )["page"]
    assert page["topics"] == [{"name": "حرية التجمع", "slug": "freedom-of-assembly"}]
    assert page["countries"] == [{"name": "ليبيا", "isoCode": "LY"}]


def test_the_localized_article_operation_gives_a_frontend_all_it_needs_for_arabic():
    data = GraphQLClient().operation("LocalizedArticle", {"urlPath": ARABIC_ITEM})
    page = data["page"]
    direction = {locale["code"]: locale["direction"] for locale in data["locales"]}
    assert (page["locale"], direction[page["locale"]]) == ("ar", "RTL")
    assert [(t["locale"], t["urlPath"]) for t in page["translations"]] == [
        ("en", "/newsroom/heavy-weaponry-tripoli-protesters/"),
        ("es", "/es/newsroom/heavy-weaponry-tripoli-protesters/"),
        ("fr", "/fr/newsroom/heavy-weaponry-tripoli-protesters/"),
    ]
    assert page["urlPath"] == ARABIC_ITEM
    assert [topic["name"] for topic in page["topics"]] == ["حرية التجمع"]
