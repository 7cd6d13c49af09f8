"""The translation status of every published page and snippet per locale: up to date,
outdated (with the strings), missing; word counts, last edit and who; in the admin (filters,
CSV) and from `manage.py translation_status`."""

import csv
import io
import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from cms.actors import acting_as
from cms.xliff.export import xliff_document
from cms.xliff.importing import import_file
from cms.xliff.reading import parse
from cms.xliff.status import translation_status
from tests.factories import PressReleasePageFactory
from tests.xliff.conftest import to_french, translated

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

DRAFT_TITLE = "Unpublished: the informants' names"


def status_json(*options: str) -> list[dict]:
    out = io.StringIO()
    call_command("translation_status", "--format", "json", *options, stdout=out)
    return json.loads(out.getvalue())


def row_for(rows: list[dict], page) -> dict:
    [row] = [row for row in rows if row["page_id"] == page.pk]
    return row


def translate_all(translation, user) -> None:
    with acting_as(user, door="test"):
        import_file(parse(translated(xliff_document(translation), to_french)), translation, user)


@pytest.fixture
def draft(newsroom):
    return PressReleasePageFactory(parent=newsroom, title=DRAFT_TITLE, slug="draft", live=False)


def test_a_page_never_translated_is_missing(linked_release):
    row = row_for(status_json("--locale", "fr"), linked_release)
    assert (row["locale"], row["state"]) == ("fr", "missing")


def test_a_page_submitted_but_not_translated_is_outdated_by_all_its_words(french, linked_release):
    row = row_for(status_json("--locale", "fr"), linked_release)
    assert row["state"] == "outdated"
    assert row["words"] == row["total_words"] == 6 + 5 + 5 + 7
    assert row["outdated_strings"][0] == "Militias must be held to account"


def test_a_page_whose_every_string_is_translated_is_up_to_date(french, linked_release, admin_user):
    translate_all(french, admin_user)
    row = row_for(status_json("--locale", "fr"), linked_release)
    assert (row["state"], row["words"], row["outdated_strings"]) == ("up_to_date", 0, [])
    assert row["last_edited_by"] == admin_user.username


def test_a_source_published_again_is_outdated_before_anyone_syncs(
    french, linked_release, admin_user
):
    translate_all(french, admin_user)
    linked_release.summary = "Those responsible must be tried."
    linked_release.save_revision().publish()
    row = row_for(status_json("--locale", "fr"), linked_release)
    assert (row["state"], row["source_published_since_sync"]) == ("outdated", True)


def test_once_synced_an_outdated_translation_names_the_strings_that_changed(
    french, linked_release, admin_user
):
    translate_all(french, admin_user)
    linked_release.summary = "Those responsible must be tried."
    linked_release.save_revision().publish()
    TranslationSource.objects.get(pk=french.source_id).update_from_db()
    row = row_for(status_json("--locale", "fr"), linked_release)
    assert (row["outdated_strings"], row["words"]) == (["Those responsible must be tried."], 5)


def test_a_draft_is_in_no_status_row(draft, linked_release):
    rows = status_json()
    assert DRAFT_TITLE not in json.dumps(rows)
    assert {row["locale"] for row in rows} == {"fr", "ar", "es"}


def test_snippets_have_rows_of_their_own(linked_release):
    from newsroom_pages.snippets import Topic

    topic = Topic.objects.create(name="Accountability", slug="accountability")
    [row] = [
        row
        for row in status_json("--locale", "ar")
        if row["object_id"] == topic.pk and row["kind"] == "newsroom_pages.topic"
    ]
    assert (row["page_id"], row["state"]) == (None, "missing")


def test_the_table_format_lists_one_line_per_item(linked_release):
    out = io.StringIO()
    call_command("translation_status", "--locale", "fr", "--format", "table", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["locale", "state", "words", "kind", "id", "title"]
    assert any("missing" in line and "Militias must be held" in line for line in lines)


def test_the_status_takes_the_same_queries_for_two_pages_as_for_twelve(newsroom):
    french = Locale.objects.get(language_code="fr")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            translation_status(french)
        return len(captured)

    for index in range(2):
        PressReleasePageFactory(parent=newsroom, slug=f"a{index}").save_revision().publish()
    few = queries()
    for index in range(10):
        PressReleasePageFactory(parent=newsroom, slug=f"b{index}").save_revision().publish()
    assert queries() == few


# The admin report.


def test_the_report_lists_each_item_with_its_state(editor_client, french, linked_release):
    response = editor_client.get(reverse("translation_status"), {"locale": "fr"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Militias must be held to account" in page
    assert 'data-state="outdated"' in page


def test_the_report_filters_by_state(editor_client, french, linked_release, newsroom):
    PressReleasePageFactory(
        parent=newsroom, title="Never translated", slug="never"
    ).save_revision().publish()
    response = editor_client.get(
        reverse("translation_status"), {"locale": "fr", "state": "missing"}
    )
    page = response.content.decode()
    assert "Never translated" in page
    assert 'data-state="missing"' in page
    assert 'data-state="outdated"' not in page


def test_the_report_exports_csv(editor_client, french, linked_release):
    response = editor_client.get(
        reverse("translation_status"), {"locale": "fr", "state": "outdated", "export": "csv"}
    )
    assert response["Content-Type"].startswith("text/csv")
    [row] = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert (row["title"], row["state"], row["words"]) == (
        "Militias must be held to account",
        "outdated",
        "23",
    )


def test_a_csv_cell_never_starts_a_formula(editor_client, newsroom):
    PressReleasePageFactory(
        parent=newsroom, title="=HYPERLINK(1)", slug="formula"
    ).save_revision().publish()
    response = editor_client.get(reverse("translation_status"), {"locale": "fr", "export": "csv"})
    assert "'=HYPERLINK(1)" in response.content.decode()


def test_a_translator_sees_the_report_of_their_language_only(client, django_user_model, draft):
    translator = django_user_model.objects.create_user("fr-translator", password="x-42-x-42")
    translator.groups.add(Group.objects.get(name="Translators (French)"))
    client.force_login(translator)
    response = client.get(reverse("translation_status"), {"locale": "ar"})
    assert response.status_code == 200
    assert [locale.language_code for locale in response.context["locales"]] == ["fr"]
    assert response.context["locale"].language_code == "fr"
    assert DRAFT_TITLE not in response.content.decode()
