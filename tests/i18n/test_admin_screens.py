"""The admin screens a translator works in render on the demo newsroom (Wagtail 8 with
wagtail-localize 1.14): no screen of the workflow fails."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from newsroom_pages.pages import NewsItemPage, NewsroomIndexPage
from newsroom_pages.snippets import Topic

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.usefixtures("demo_newsroom"),
]

SLUG = "heavy-weaponry-tripoli-protesters"


@pytest.fixture
def translator(django_user_model):
    """A translator of every language, as the migration leaves a member of the former
    single Translators group."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("translator", password="translate-it-42")
    user.groups.add(*Group.objects.filter(name__startswith="Translators ("))
    return user


def item(code: str) -> NewsItemPage:
    return NewsItemPage.objects.get(slug=SLUG, locale__language_code=code)


def test_a_translator_sees_the_translations_report(translator_client):
    response = translator_client.get(reverse("wagtail_localize:translations_report"))
    assert response.status_code == 200
    assert "Salle de presse" in response.content.decode()


def test_a_translator_explores_the_arabic_newsroom(translator_client):
    newsroom = NewsroomIndexPage.objects.get(locale__language_code="ar", alias_of__isnull=True)
    response = translator_client.get(reverse("wagtailadmin_explore", args=[newsroom.pk]))
    assert response.status_code == 200
    assert item("ar").title in response.content.decode()


def test_a_translator_opens_an_arabic_item_in_the_translation_editor(translator_client):
    response = translator_client.get(reverse("wagtailadmin_pages:edit", args=[item("ar").pk]))
    assert response.status_code == 200
    assert b"js-translation-editor" in response.content


def test_a_translator_opens_an_arabic_topic_in_the_translation_editor(translator_client):
    topic = Topic.objects.get(slug="accountability", locale__language_code="ar")
    response = translator_client.get(
        reverse("wagtailsnippets_newsroom_pages_topic:edit", args=[topic.pk])
    )
    assert response.status_code == 200
    assert b"js-translation-editor" in response.content


def test_a_translator_opens_a_spanish_alias_to_start_its_translation(translator_client):
    english = NewsItemPage.objects.get(
        locale=Locale.get_default(), slug="amesys-nexa-executives-indicted"
    )
    alias = english.copy_for_translation(
        Locale.objects.get(language_code="es"), copy_parents=True, alias=True
    )
    response = translator_client.get(reverse("wagtailadmin_pages:edit", args=[alias.pk]))
    assert response.status_code == 200
    assert reverse("wagtail_localize:submit_page_translation", args=[alias.alias_of_id]) in (
        response.content.decode()
    )


def test_an_editor_sees_the_submit_and_sync_screens(editor_client):
    english = item("en")
    submit = editor_client.get(
        reverse("wagtail_localize:submit_page_translation", args=[english.pk])
    )
    assert submit.status_code == 200
    assert "Spanish" in submit.content.decode()
    source = TranslationSource.objects.get_for_instance(english)
    sync = editor_client.get(reverse("wagtail_localize:update_translations", args=[source.pk]))
    assert sync.status_code == 200


def test_an_editor_sees_translate_and_sync_buttons_on_the_english_topic(editor_client):
    # The demo topics are translated into every locale; a new one still has locales to go.
    english = Topic.objects.create(name="Death penalty", slug="death-penalty")
    response = editor_client.get(reverse("wagtailsnippets_newsroom_pages_topic:list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["newsroom_pages", "topic", english.pk],
        )
        in html
    )
