"""`newsItems(search:) { searchSuggestion }`: "did you mean" for a misspelt search, in the
words the newsroom wrote, and null when there is nothing to correct."""

import pytest

from tests.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def titles(data: dict) -> list[str]:
    return [edge["node"]["title"] for edge in data["newsItems"]["edges"]]


SUGGEST = """query($search: String!, $locale: String, $sort: NewsSort) {
  newsItems(search: $search, locale: $locale, sort: $sort) {
    totalCount
    searchSuggestion
    edges { node { title } }
  }
}"""


@pytest.mark.postgres_only
@pytest.mark.parametrize("sort", ["RELEVANCE", "NEWEST"])
def test_a_misspelt_search_lists_the_matches_and_suggests_the_written_words(
    graphql, newsroom, sort
):
    PressReleasePageFactory(
        parent=newsroom,
        title="Export case",
        body=[("paragraph", "<p>Surveillance companies sold spyware.</p>")],
    )
    data = graphql.query(SUGGEST, {"search": "Survelliance companies", "sort": sort})
    assert titles(data) == ["Export case"]
    assert data["newsItems"]["searchSuggestion"] == "surveillance companies"


def test_the_suggestion_is_null_when_every_word_is_found_as_typed(graphql, newsroom):
    PressReleasePageFactory(parent=newsroom, title="Sabha detention")
    data = graphql.query(SUGGEST, {"search": "Sabha detention"})
    assert titles(data) == ["Sabha detention"]
    assert data["newsItems"]["searchSuggestion"] is None


def test_the_suggestion_is_null_without_a_search(graphql, newsroom):
    PressReleasePageFactory(parent=newsroom)
    data = graphql.query("{ newsItems { searchSuggestion } }")
    assert data["newsItems"]["searchSuggestion"] is None
