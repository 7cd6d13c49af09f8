"""Every file the import refuses gets a coded, clear message, and nothing is written: no
string translated, no draft saved, whichever door it came through."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse
from lxml import etree
from wagtail.models import Locale, Revision
from wagtail_localize.models import StringTranslation, TranslationSource

from cms.xliff.export import xliff_document
from tests.factories import PressReleasePageFactory
from tests.i18n.conftest import submit_for_translation, translation_of
from tests.xliff.conftest import NS, to_french, translated
from tests.xliff.test_round_trip import messages_of, upload

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def nothing_written(french):
    """Asserts, after the test, that the import wrote nothing."""
    revisions = Revision.objects.count()
    yield
    assert not StringTranslation.objects.exists()
    assert Revision.objects.count() == revisions


def refusal(tmp_path, content: bytes, *options: str) -> str:
    path = tmp_path / "back-from-the-agency.xlf"
    path.write_bytes(content)
    with pytest.raises(CommandError) as raised:
        call_command("import_xliff", str(path), "--user", "editor", *options)
    return str(raised.value)


def edited(content: bytes, change) -> bytes:
    root = etree.fromstring(content)
    change(root)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def filled(french) -> bytes:
    return translated(xliff_document(french), to_french)


@pytest.fixture
def other_pages_file(editor_client, french, newsroom):
    other = PressReleasePageFactory(parent=newsroom, title="Another release", slug="another")
    other.save_revision().publish()
    submit_for_translation(editor_client, other, "fr")
    return other, translated(xliff_document(translation_of(other, "fr")), to_french)


@pytest.fixture
def arabic(editor_client, linked_release):
    submit_for_translation(editor_client, linked_release, "ar")
    return translation_of(linked_release, "ar")


def test_a_file_for_another_page_is_refused(
    editor_client, french, other_pages_file, nothing_written
):
    other, content = other_pages_file
    *_earlier, message = messages_of(upload(editor_client, french, content))
    assert message.startswith(f"This file is for page/{other.pk}, not page/")


def test_a_file_for_another_locale_is_refused(editor_client, french, arabic, nothing_written):
    *_earlier, message = messages_of(upload(editor_client, arabic, filled(french)))
    assert message == "This file is a translation into fr, not ar: nothing was imported."


def test_unknown_unit_ids_are_refused_and_named(tmp_path, french, nothing_written):
    def rename(root):
        root.find(".//x:unit", NS).set("id", "made-up-unit")

    message = refusal(tmp_path, edited(filled(french), rename))
    assert message.startswith("UNKNOWN_UNITS: 1 units of the file are not strings of page/")
    assert "made-up-unit" in message


@pytest.fixture
def source_changed_after_export(french, linked_release):
    content = filled(french)
    linked_release.title = "Militias must answer for the killings"
    linked_release.save_revision().publish()
    TranslationSource.objects.get(pk=french.source_id).update_from_db()  # "Sync translated pages"
    return content


def test_a_file_exported_before_the_source_changed_names_the_changed_units(
    tmp_path, source_changed_after_export, nothing_written
):
    message = refusal(tmp_path, source_changed_after_export)
    assert message.startswith("SOURCE_CHANGED: The source changed after this file was exported")
    assert "(title): the source now reads “Militias must answer for the killings”" in message
    assert "summary" not in message


def test_force_imports_the_units_whose_source_did_not_change(tmp_path, source_changed_after_export):
    path = tmp_path / "stale.xlf"
    path.write_bytes(source_changed_after_export)
    call_command("import_xliff", str(path), "--user", "editor", "--force")
    imported = set(StringTranslation.objects.values_list("data", flat=True))
    assert "Les responsables doivent être jugés." in imported
    assert "Les milices doivent rendre des comptes" not in imported


def test_malformed_xml_is_refused_with_its_line_and_column(tmp_path, french, nothing_written):
    content = filled(french).replace(b"</source>", b"</sourc>", 1)
    message = refusal(tmp_path, content)
    assert message.startswith("MALFORMED_XML: The file is not well-formed XML: line ")
    assert ", column " in message


def test_entities_are_refused_before_anything_is_read(tmp_path, french, nothing_written):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0">&b;</xliff>'
    )
    assert refusal(tmp_path, bomb).startswith("FORBIDDEN_XML:")


def test_a_target_with_a_code_the_source_does_not_have_is_refused(
    tmp_path, french, nothing_written
):
    def add_bold(root):
        target = root.find(".//x:unit[@name='title']/x:segment/x:target", NS)
        etree.SubElement(target, f"{{{NS['x']}}}pc", id="9").text = "gras"

    message = refusal(tmp_path, edited(filled(french), add_bold))
    assert message.startswith("TARGET_MARKUP: These targets carry markup their source does not")
    assert '(title): <pc id="9"> is not in the source' in message


def test_a_placeholder_where_the_source_has_a_link_is_refused(tmp_path, french, nothing_written):
    def link_as_placeholder(root):
        target = root.findall(".//x:unit", NS)[2].find("x:segment/x:target", NS)
        for code in target.findall("x:pc", NS):
            target.remove(code)
        etree.SubElement(target, f"{{{NS['x']}}}ph", id="1")

    assert '<ph id="1"> is not in the source' in refusal(
        tmp_path, edited(filled(french), link_as_placeholder)
    )


def test_a_file_that_is_not_xliff_2_is_refused(tmp_path, french, nothing_written):
    xliff_1 = b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"/>'
    assert refusal(tmp_path, xliff_1).startswith("NOT_XLIFF_2:")


def test_an_upload_without_a_file_gets_a_clear_message(editor_client, french, nothing_written):
    response = editor_client.post(reverse("xliff_upload", args=[french.pk]), follow=True)
    assert messages_of(response)[-1] == "Please choose an XLIFF file to upload."


def test_someone_who_may_not_edit_the_translation_cannot_upload_or_download(
    client, django_user_model, french, nothing_written
):
    spanish = django_user_model.objects.create_user("spanish", password="x-42-x-42")
    spanish.groups.add(Group.objects.get(name="Translators (Spanish)"))
    client.force_login(spanish)
    refused = (302, reverse("wagtailadmin_home"))
    response = client.get(reverse("xliff_download", args=[french.pk]))
    assert (response.status_code, response.url) == refused
    response = client.post(reverse("xliff_upload", args=[french.pk]), {"file": filled(french)})
    assert (response.status_code, response.url) == refused


def test_a_french_translator_cannot_import_into_an_arabic_snippet(
    tmp_path, editor_client, django_user_model
):
    from newsroom_pages.snippets import Topic

    topic = Topic.objects.create(name="Accountability", slug="accountability")
    editor_client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["newsroom_pages", "topic", topic.pk],
        ),
        {"locales": [Locale.objects.get(language_code="ar").pk]},
    )
    arabic = translation_of(topic, "ar")
    translator = django_user_model.objects.create_user("fr-only", password="x-42-x-42")
    translator.groups.add(Group.objects.get(name="Translators (French)"))
    path = tmp_path / "topic-ar.xlf"
    path.write_bytes(translated(xliff_document(arabic), lambda text: "ترجمة"))
    with pytest.raises(CommandError, match="NOT_ALLOWED: fr-only may not edit the Arabic"):
        call_command("import_xliff", str(path), "--user", "fr-only")
    assert not StringTranslation.objects.exists()
