"""A translator's work through the admin views: submit, translate segments, publish, sync."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment

from newsroom_pages.pages import PressReleasePage
from tests.factories import TopicFactory
from tests.i18n.conftest import submit_for_translation, translation_of

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def translate_all(client, translation, translations: dict[str, str]) -> None:
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if segment.string.data in translations:
            response = client.put(
                reverse(
                    "wagtail_localize:edit_string_translation",
                    args=[translation.pk, segment.pk],
                ),
                urlencode({"value": translations[segment.string.data]}),
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code in (200, 201), response.content


def test_submitting_a_page_creates_a_draft_in_the_target_locale(editor_client, press_release):
    response = submit_for_translation(editor_client, press_release, "fr")
    assert response.status_code == 302
    french = press_release.get_translation(translation_of(press_release, "fr").target_locale)
    assert french.alias_of_id is None
    assert not french.live


def publish_translation(client, page, capture_on_commit):
    with capture_on_commit(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    return PressReleasePage.objects.get(pk=page.pk)


FRENCH = {
    "Militia must be held to account": "La milice doit rendre des comptes",
    "Those responsible must face justice.": "Les responsables doivent être jugés.",
    "A video shows a killing.": "Une vidéo montre un meurtre.",
}


def test_translated_segments_are_published_in_the_target_locale(
    editor_client, press_release, django_capture_on_commit_callbacks
):
    submit_for_translation(editor_client, press_release, "fr")
    translation = translation_of(press_release, "fr")
    translate_all(editor_client, translation, FRENCH)
    french = publish_translation(
        editor_client, translation.get_target_instance(), django_capture_on_commit_callbacks
    )
    assert french.live
    assert french.title == "La milice doit rendre des comptes"
    assert french.summary == "Les responsables doivent être jugés."
    assert french.body[0].value.source == "<p>Une vidéo montre un meurtre.</p>"
    assert (
        PressReleasePage.objects.get(pk=press_release.pk).title == "Militia must be held to account"
    )


def test_sync_from_source_brings_a_later_source_edit_to_the_translator(
    editor_client, press_release, django_capture_on_commit_callbacks
):
    submit_for_translation(editor_client, press_release, "fr")
    translation = translation_of(press_release, "fr")
    translate_all(editor_client, translation, FRENCH)
    press_release.summary = "Those responsible must be brought to justice."
    press_release.save_revision().publish()

    response = editor_client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source.pk]), {}
    )
    assert response.status_code == 302
    translate_all(
        editor_client,
        translation,
        {
            "Those responsible must be brought to justice.": "Les responsables doivent être traduits en justice."
        },
    )
    french = publish_translation(
        editor_client, translation.get_target_instance(), django_capture_on_commit_callbacks
    )
    assert french.summary == "Les responsables doivent être traduits en justice."
    assert french.title == "La milice doit rendre des comptes"


def test_the_translation_editor_opens_for_the_target_page(editor_client, press_release):
    submit_for_translation(editor_client, press_release, "ar")
    target = translation_of(press_release, "ar").get_target_instance()
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
    assert response.status_code == 200
    assert b"js-translation-editor" in response.content


def test_a_topic_is_translated_and_published_through_the_same_editor(editor_client, locales):
    topic = TopicFactory(name="Accountability", slug="accountability")
    editor_client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["newsroom_pages", "topic", topic.pk],
        ),
        {"locales": [locales["ar"].pk]},
    )
    translation = translation_of(topic, "ar")
    translate_all(editor_client, translation, {"Accountability": "المساءلة"})
    arabic = topic.get_translation(locales["ar"])
    response = editor_client.post(
        reverse("wagtailsnippets_newsroom_pages_topic:edit", args=[arabic.pk]),
        {"action": "publish"},
    )
    assert response.status_code == 302
    arabic.refresh_from_db()
    assert (arabic.name, arabic.slug) == ("المساءلة", "accountability")
