"""The index holds what is live and nothing else: publishing adds, a draft changes nothing,
unpublishing and deleting remove, and `rebuild_search` restores it from the live pages."""

from io import StringIO

import pytest
from django.core.management import call_command

from cms.search.models import SearchDocument
from tests.factories import CampaignVictoryPageFactory, PressReleasePageFactory, ReportPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_a_published_item_is_found_by_its_title_summary_and_body(newsroom, found):
    item = PressReleasePageFactory(
        parent=newsroom,
        title="Sirte curfew",
        summary="Checkpoints multiplied overnight.",
        body=[("paragraph", "<p>Witnesses describe <b>arbitrary</b> arrests.</p>")],
    )
    assert found("Sirte") == found("checkpoints") == found("arbitrary arrests") == [item.pk]


def test_report_findings_and_campaign_names_are_searchable(newsroom, found):
    report = ReportPageFactory(
        parent=newsroom, key_findings=[("finding", "Guards confiscated telephones.")]
    )
    victory = CampaignVictoryPageFactory(parent=newsroom, campaign="Release Ghazala Sadiq")
    assert found("confiscated telephones") == [report.pk]
    assert found("Ghazala") == [victory.pk]


def test_a_draft_is_never_indexed(newsroom, found):
    PressReleasePageFactory(parent=newsroom, live=False, title="Unreleased Kufra findings")
    assert found("Kufra") == []
    assert not SearchDocument.objects.exists()


def test_unpublished_changes_stay_out_of_the_index_until_published(newsroom, found):
    item = PressReleasePageFactory(parent=newsroom, title="Zawiya shelling")
    item.title = "Zawiya ceasefire embargoed wording"
    item.save_revision()
    assert found("ceasefire") == []
    assert found("shelling") == [item.pk]
    item.get_latest_revision().publish()
    assert found("ceasefire") == [item.pk]
    assert found("shelling") == []


def test_unpublishing_removes_the_item(newsroom, found):
    item = PressReleasePageFactory(parent=newsroom, title="Ghat water shortage")
    item.save_revision().publish()
    item.refresh_from_db()
    item.unpublish()
    assert found("Ghat") == []


def test_deleting_removes_the_item_from_the_engine_index(newsroom, found):
    item = PressReleasePageFactory(parent=newsroom, title="Ubari displacement")
    item.delete()
    assert found("Ubari") == []
    assert not SearchDocument.objects.exists()


def test_rebuild_search_restores_the_index_from_the_live_pages(newsroom, found):
    live = PressReleasePageFactory(parent=newsroom, title="Brak detention")
    PressReleasePageFactory(parent=newsroom, title="Brak draft", live=False)
    SearchDocument.objects.all().delete()
    assert found("Brak") == []
    output = StringIO()
    call_command("rebuild_search", stdout=output)
    assert found("Brak") == [live.pk]
    assert "Indexed 1 live news items." in output.getvalue()


def test_a_search_of_only_punctuation_finds_nothing(newsroom, found):
    PressReleasePageFactory(parent=newsroom)
    assert found("?!… —") == []
