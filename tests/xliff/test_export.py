"""The exported file is XLIFF 2.0 as the OASIS schema defines it, one unit per string, with
the page's inline markup as codes and no link target a translator could edit."""

import pytest
from django.urls import reverse

from cms.xliff.export import xliff_document
from tests.xliff.conftest import NS, REPORT_URL, units

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_the_file_is_valid_against_the_oasis_xliff_2_core_schema(french, xliff_schema):
    xliff_schema.validate(xliff_document(french).decode())


def test_the_file_names_its_languages_and_the_page(french, linked_release):
    content = xliff_document(french).decode()
    assert 'srcLang="en" trgLang="fr"' in content
    assert f'original="page/{linked_release.pk}"' in content


def test_each_string_of_the_page_is_one_unit_whose_id_survives_a_new_export(french):
    first = [unit.get("id") for unit in units(xliff_document(french))]
    assert len(first) == 4  # the title, the summary, the body's two paragraphs
    assert len(set(first)) == len(first)
    assert [unit.get("id") for unit in units(xliff_document(french))] == first


def _unit_named(content: bytes, path_start: str, position: int = 0):
    return [unit for unit in units(content) if unit.get("name").startswith(path_start)][position]


def test_a_link_is_a_paired_code_whose_address_is_shown_but_not_in_the_text(french):
    content = xliff_document(french)
    source = _unit_named(content, "body").find("x:segment/x:source", NS)
    link = source.find("x:pc", NS)
    assert (link.get("type"), link.text) == ("link", "the ")
    assert REPORT_URL not in "".join(source.itertext())
    data = _unit_named(content, "body").find("x:originalData", NS)
    assert REPORT_URL in "".join(data.itertext())


def test_bold_italic_and_line_breaks_are_codes_with_their_xliff_subtypes(french):
    content = xliff_document(french)
    first = _unit_named(content, "body", 0).find("x:segment/x:source", NS)
    second = _unit_named(content, "body", 1).find("x:segment/x:source", NS)
    assert first.find("x:pc/x:pc", NS).get("subType") == "xlf:b"
    assert second.find("x:pc", NS).get("subType") == "xlf:i"
    assert second.find("x:ph", NS).get("subType") == "xlf:lb"


def test_an_untranslated_string_has_no_target_and_the_initial_state(french):
    segment = _unit_named(xliff_document(french), "title").find("x:segment", NS)
    assert segment.get("state") == "initial"
    assert segment.find("x:target", NS) is None


def test_the_translation_editor_offers_the_xliff_download_beside_the_po_file(editor_client, french):
    target = french.get_target_instance()
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
    page = response.content.decode()
    assert reverse("xliff_download", args=[french.pk]) in page
    assert reverse("xliff_upload", args=[french.pk]) in page


def test_download_xliff_sends_the_file_as_an_attachment(editor_client, french, xliff_schema):
    response = editor_client.get(reverse("xliff_download", args=[french.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xliff+xml"
    assert response["Content-Disposition"].endswith('-fr.xlf"')
    xliff_schema.validate(response.content.decode())
