"""A file filled in by a CAT tool comes back as the page's translation: the same links (to the
same addresses), bold and italic, through wagtail-localize, as a draft unless published."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from cms.actors import acting_as
from cms.xliff.export import xliff_document
from cms.xliff.importing import import_file
from cms.xliff.reading import parse
from tests.api.conftest import GraphQLClient
from tests.xliff.conftest import REPORT_URL, to_french, translated

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

FRENCH_BODY = (
    f'<p>Lisez <a href="{REPORT_URL}">le rapport <b>complet</b></a> maintenant.</p>'
    "<p>Il nomme <i>trois</i> milices.<br/>Toutes nient.</p>"
)
READ = """query { newsItems(locale: "fr", first: 100) { edges { node { title } } } }"""


def french_titles(graphql: GraphQLClient) -> list[str]:
    return [edge["node"]["title"] for edge in graphql.query(READ)["newsItems"]["edges"]]


def upload(client, translation, content: bytes, **fields):
    target = translation.get_target_instance()
    edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    return client.post(
        reverse("xliff_upload", args=[translation.pk]),
        {"file": SimpleUploadedFile("fr.xlf", content), "next": edit_url, **fields},
        follow=True,
    )


def messages_of(response) -> list[str]:
    return [str(message).strip() for message in response.context["messages"]]


def body_html(page: Page) -> str:
    return "".join(str(block.value.source) for block in page.specific.body)


def test_an_uploaded_file_becomes_a_draft_with_the_sources_markup(editor_client, french):
    response = upload(editor_client, french, translated(xliff_document(french), to_french))
    assert any(message.startswith("4 strings imported") for message in messages_of(response))
    draft = french.get_target_instance().get_latest_revision_as_object()
    assert draft.title == "Les milices doivent rendre des comptes"
    assert body_html(draft) == FRENCH_BODY


def test_an_import_without_publish_leaves_the_live_translation_as_it_was(
    editor_client, french, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(editor_client, french, translated(xliff_document(french), to_french), publish="1")
        upload(editor_client, french, translated(xliff_document(french), lambda text: "Brouillon"))
    target = Page.objects.get(pk=french.get_target_instance().pk)
    assert (target.live, target.title) == (True, "Les milices doivent rendre des comptes")
    assert target.get_latest_revision_as_object().title == "Brouillon"


def test_a_published_import_is_what_the_api_serves(
    editor_client, french, django_capture_on_commit_callbacks, settings
):
    settings.NEWSROOM_API_CACHE_ENABLED = True
    graphql = GraphQLClient()
    assert french_titles(graphql) == []
    with django_capture_on_commit_callbacks(execute=True):
        upload(editor_client, french, translated(xliff_document(french), to_french), publish="1")
    target = Page.objects.get(pk=french.get_target_instance().pk)
    assert target.live
    assert body_html(target) == FRENCH_BODY
    assert french_titles(graphql) == ["Les milices doivent rendre des comptes"]


def test_the_next_export_carries_the_translations_as_targets(editor_client, french, xliff_schema):
    upload(editor_client, french, translated(xliff_document(french), to_french))
    content = xliff_document(french).decode()
    xliff_schema.validate(content)
    assert content.count('state="translated"') == 4
    assert "Toutes nient." in content


def test_importing_the_same_file_twice_writes_nothing_the_second_time(admin_user, french):
    content = translated(xliff_document(french), to_french)
    with acting_as(admin_user, door="test"):
        import_file(parse(content), french, admin_user)
        second = import_file(parse(content), french, admin_user)
    assert (second.written, second.unchanged) == (0, 4)
    assert StringTranslation.objects.filter(locale=french.target_locale).count() == 4
