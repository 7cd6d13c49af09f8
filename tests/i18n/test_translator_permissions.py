"""Translators translate and publish translations; source-language (en) content is not theirs."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import StringSegment

from newsroom_pages.pages import PressReleasePage
from newsroom_pages.snippets import Topic
from tests.factories import TopicFactory
from tests.i18n.conftest import FRENCH_TRANSLATORS, submit_for_translation, translation_of

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def french_draft(editor_client, press_release, translator_client):
    submit_for_translation(editor_client, press_release, "fr")
    return translation_of(press_release, "fr")


def edit_url(page_or_pk) -> str:
    return reverse("wagtailadmin_pages:edit", args=[getattr(page_or_pk, "pk", page_or_pk)])


@pytest.mark.parametrize("language", ["Arabic", "French", "Spanish"])
def test_each_translators_group_may_enter_the_admin_and_submit_translations(language):
    permissions = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=f"Translators ({language})").permissions.all()
    }
    assert {"wagtailadmin.access_admin", "wagtail_localize.submit_translation"} <= permissions
    assert not any(
        codename.split(".")[1].startswith(("add_", "delete_")) for codename in permissions
    )


def test_the_single_translators_group_is_gone():
    assert not Group.objects.filter(name="Translators").exists()


def test_french_translators_get_edit_and_publish_rights_on_the_french_tree_only(french_draft):
    french_root = Page.objects.get(depth=2, locale__language_code="fr")
    granted = GroupPagePermission.objects.filter(group__name=FRENCH_TRANSLATORS, page=french_root)
    assert {grant.permission.codename for grant in granted} == {"change_page", "publish_page"}
    others = Page.objects.filter(depth=2).exclude(pk=french_root.pk)
    assert not GroupPagePermission.objects.filter(
        group__name=FRENCH_TRANSLATORS, page__in=others
    ).exists()


def test_a_new_locale_gets_its_translators_group():
    Locale.objects.create(language_code="de")
    assert Group.objects.filter(name="Translators (German)").exists()


def test_a_translator_opens_the_translation_editor_of_a_french_page(
    translator_client, french_draft
):
    response = translator_client.get(edit_url(french_draft.get_target_instance()))
    assert response.status_code == 200
    assert b"js-translation-editor" in response.content


def translate_title(client, translation, value: str) -> None:
    title = StringSegment.objects.get(
        source=translation.source, string__data="Militia must be held to account"
    )
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, title.pk]),
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201


def test_a_translators_publish_submits_the_french_page_to_legal_review(
    translator_client, french_draft, django_capture_on_commit_callbacks
):
    translate_title(translator_client, french_draft, "La milice doit rendre des comptes")
    target = french_draft.get_target_instance()
    with django_capture_on_commit_callbacks(execute=True):
        response = translator_client.post(edit_url(target), {"action": "publish"})
    assert response.status_code == 302
    page = PressReleasePage.objects.get(pk=target.pk)
    assert not page.live
    assert page.get_latest_revision().content["title"] == "La milice doit rendre des comptes"
    assert page.current_workflow_state.workflow.name == "Legal review"


def test_a_reviewers_approval_publishes_the_french_translation(
    translator_client, french_draft, django_capture_on_commit_callbacks, django_user_model
):
    translate_title(translator_client, french_draft, "La milice doit rendre des comptes")
    target = french_draft.get_target_instance()
    with django_capture_on_commit_callbacks(execute=True):
        translator_client.post(edit_url(target), {"action": "publish"})
    reviewer = django_user_model.objects.create_user("reviewer", password="review-it-42")
    reviewer.groups.add(Group.objects.get(name="Reviewers"))
    task_state = PressReleasePage.objects.get(pk=target.pk).current_workflow_task_state
    client = type(translator_client)()
    client.force_login(reviewer)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[target.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    published = PressReleasePage.objects.get(pk=target.pk)
    assert published.live
    assert published.title == "La milice doit rendre des comptes"


def test_a_translator_cannot_open_an_english_page_in_the_editor(translator_client, press_release):
    response = translator_client.get(edit_url(press_release))
    assert response.status_code in (302, 403)
    assert b"js-translation-editor" not in response.content


def test_a_translator_cannot_change_or_publish_an_english_page(translator_client, press_release):
    translator_client.post(
        edit_url(press_release),
        {"title": "Defaced", "slug": press_release.slug, "action-publish": "publish"},
    )
    page = PressReleasePage.objects.get(pk=press_release.pk)
    assert page.title == "Militia must be held to account"
    assert page.get_latest_revision().content["title"] == "Militia must be held to account"


def test_a_translator_cannot_unpublish_an_english_page(translator_client, press_release):
    translator_client.post(reverse("wagtailadmin_pages:unpublish", args=[press_release.pk]))
    assert PressReleasePage.objects.get(pk=press_release.pk).live


def snippet_edit_url(instance) -> str:
    return reverse("wagtailsnippets_newsroom_pages_topic:edit", args=[instance.pk])


def test_a_translator_submits_and_edits_a_topic_translation(translator_client, locales):
    topic = TopicFactory(name="Accountability", slug="accountability")
    response = translator_client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["newsroom_pages", "topic", topic.pk],
        ),
        {"locales": [locales["ar"].pk]},
    )
    assert response.status_code == 302
    arabic = topic.get_translation(locales["ar"])
    response = translator_client.get(snippet_edit_url(arabic))
    assert response.status_code == 200
    assert b"js-translation-editor" in response.content


def test_a_translator_cannot_edit_an_english_topic(translator_client):
    topic = TopicFactory(name="Accountability", slug="accountability")
    response = translator_client.post(
        snippet_edit_url(topic), {"name": "Defaced", "slug": "accountability"}
    )
    assert response.status_code in (302, 403)
    assert Topic.objects.get(pk=topic.pk).name == "Accountability"


def test_a_translator_cannot_delete_an_english_topic(translator_client):
    topic = TopicFactory()
    translator_client.post(reverse("wagtailsnippets_newsroom_pages_topic:delete", args=[topic.pk]))
    assert Topic.objects.filter(pk=topic.pk).exists()


def test_an_editor_still_edits_english_topics(editor_client):
    topic = TopicFactory(name="Accountability", slug="accountability")
    response = editor_client.post(
        snippet_edit_url(topic), {"name": "Accountability and justice", "slug": "accountability"}
    )
    assert response.status_code == 302
    assert Topic.objects.get(pk=topic.pk).name == "Accountability and justice"
