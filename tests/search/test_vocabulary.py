"""The vocabulary holds the words of what is live, counted per document, and nothing else:
publishing adds an item's words, a new version takes away the words it dropped, unpublishing
and deleting take them all away, a draft adds none, and `rebuild_search` recounts."""

from io import StringIO

import pytest
from django.core.management import call_command

from cms.search.models import SearchWord
from tests.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres, pytest.mark.postgres_only]

BODY = [("paragraph", "<p>Guards at Ghanfouda confiscated telephones.</p>")]


def counts(code: str = "en") -> dict[str, int]:
    return dict(SearchWord.objects.filter(locale_code=code).values_list("word", "documents"))


def test_publishing_counts_each_word_of_title_summary_and_body_once_per_item(newsroom):
    PressReleasePageFactory(parent=newsroom, title="Ghanfouda visits", body=BODY)
    PressReleasePageFactory(parent=newsroom, title="Ghanfouda again", summary="Telephones.")
    vocabulary = counts()
    assert vocabulary["ghanfouda"] == 2
    assert vocabulary["telephones"] == 2
    assert vocabulary["confiscated"] == 1
    assert vocabulary["visits"] == 1


def test_words_are_kept_normalised_with_their_written_spelling(newsroom):
    PressReleasePageFactory(parent=newsroom, title="Réfugiés au centre", locale=newsroom.locale)
    word = SearchWord.objects.get(word="refugies")
    assert word.spelling == "réfugiés"
    assert SearchWord.objects.filter(word="center").exists()


def test_a_new_version_takes_away_the_words_it_no_longer_has(newsroom):
    item = PressReleasePageFactory(parent=newsroom, title="Zawiya shelling", body=BODY)
    item.title = "Zawiya ceasefire"
    item.save_revision().publish()
    vocabulary = counts()
    assert "shelling" not in vocabulary
    assert vocabulary["ceasefire"] == 1
    assert vocabulary["zawiya"] == 1


def test_a_draft_adds_no_words(newsroom):
    item = PressReleasePageFactory(parent=newsroom, title="Kufra findings")
    item.title = "Kufra embargoed wording"
    item.save_revision()
    PressReleasePageFactory(parent=newsroom, live=False, title="Unreleased Ubari report")
    vocabulary = counts()
    assert "embargoed" not in vocabulary
    assert "ubari" not in vocabulary


def test_unpublishing_takes_the_items_words_away(newsroom):
    kept = PressReleasePageFactory(parent=newsroom, title="Ghat water", body=BODY)
    gone = PressReleasePageFactory(parent=newsroom, title="Ghat shortage", body=BODY)
    gone.save_revision().publish()
    gone.refresh_from_db()
    gone.unpublish()
    vocabulary = counts()
    assert vocabulary["ghat"] == 1
    assert vocabulary["telephones"] == 1
    assert "shortage" not in vocabulary
    assert kept.live


def test_deleting_takes_the_items_words_away(newsroom):
    PressReleasePageFactory(parent=newsroom, title="Brak detention").delete()
    assert "brak" not in counts()


def test_rebuild_search_recounts_the_vocabulary_from_the_live_items(newsroom):
    PressReleasePageFactory(parent=newsroom, title="Sirte curfew", body=BODY)
    SearchWord.objects.all().delete()
    SearchWord.objects.create(locale_code="en", word="stale", spelling="stale", documents=3)
    call_command("rebuild_search", stdout=StringIO())
    vocabulary = counts()
    assert vocabulary["sirte"] == 1
    assert vocabulary["telephones"] == 1
    assert "stale" not in vocabulary
