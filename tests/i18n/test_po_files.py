"""Agencies translate PO files: download from the translation editor, upload the filled file."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from tests.i18n.conftest import submit_for_translation, translation_of

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

ARABIC = {
    "Militia must be held to account": "يجب محاسبة الميليشيا",
    "Those responsible must face justice.": "يجب تقديم المسؤولين إلى العدالة.",
    "A video shows a killing.": "يُظهر مقطع فيديو عملية قتل.",
}


def download(client, translation) -> polib.POFile:
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/x-gettext-translation")
    return polib.pofile(response.content.decode())


def upload(client, translation, content: bytes, name: str = "item-ar.po"):
    edit_url = reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile(name, content), "next": edit_url},
        follow=True,
    )


def messages_of(response) -> list[str]:
    return [str(message).strip() for message in response.context["messages"]]


@pytest.fixture
def arabic_translation(editor_client, press_release):
    submit_for_translation(editor_client, press_release, "ar")
    return translation_of(press_release, "ar")


def test_the_downloaded_po_file_lists_every_text_of_the_page(editor_client, arabic_translation):
    po = download(editor_client, arabic_translation)
    assert set(ARABIC) <= {entry.msgid for entry in po}
    assert all(entry.msgstr == "" for entry in po)


def test_a_filled_po_file_round_trips_into_the_published_translation(
    editor_client, arabic_translation, django_capture_on_commit_callbacks
):
    po = download(editor_client, arabic_translation)
    for entry in po:
        entry.msgstr = ARABIC.get(entry.msgid, "")
    response = upload(editor_client, arabic_translation, str(po).encode())
    assert "Successfully imported translations from PO File." in messages_of(response)

    target = arabic_translation.get_target_instance()
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(
            reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"}
        )
    target.refresh_from_db()
    assert target.live
    assert (target.specific.title, target.specific.summary) == (
        "يجب محاسبة الميليشيا",
        "يجب تقديم المسؤولين إلى العدالة.",
    )
    assert download(editor_client, arabic_translation).percent_translated() == 100


def test_a_po_file_of_another_translation_is_refused_and_changes_nothing(
    editor_client, press_release, arabic_translation
):
    submit_for_translation(editor_client, press_release, "fr")
    french_po = download(editor_client, translation_of(press_release, "fr"))
    for entry in french_po:
        entry.msgstr = "Texte"
    response = upload(editor_client, arabic_translation, str(french_po).encode())
    assert "Cannot import PO file that was created for a different translation." in messages_of(
        response
    )
    assert not StringTranslation.objects.exists()


def test_a_file_that_is_not_a_po_file_gets_a_clear_error(editor_client, arabic_translation):
    response = upload(editor_client, arabic_translation, b"\x89PNG\r\n\x1a\n not a po file")
    assert response.status_code == 200
    assert "Please upload a valid PO file." in messages_of(response)


def test_an_upload_without_a_file_gets_a_clear_error(editor_client, arabic_translation):
    response = editor_client.post(
        reverse("wagtail_localize:upload_pofile", args=[arabic_translation.pk]), follow=True
    )
    assert response.status_code == 200
    assert "Please choose a PO file to upload." in messages_of(response)


def test_a_po_file_not_made_by_the_cms_is_refused_and_changes_nothing(
    editor_client, arabic_translation
):
    foreign = polib.POFile()
    foreign.append(polib.POEntry(msgid="Militia must be held to account", msgstr="Milice"))
    response = upload(editor_client, arabic_translation, str(foreign).encode())
    assert response.status_code == 200
    assert "Please upload a PO file downloaded from this translation." in messages_of(response)
    assert not StringTranslation.objects.exists()
