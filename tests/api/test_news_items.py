"""`newsItems`: newest first, filtered, cursor-paginated, bounded."""

import datetime

import pytest
from wagtail.models import Locale

from tests.factories import (
    CampaignVictoryPageFactory,
    CountryFactory,
    PressReleasePageFactory,
    ReportPageFactory,
    TopicFactory,
)

from .conftest import listing_titles

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

LISTING = """query($first: Int, $after: String, $kind: NewsKind, $topic: String, $country: String,
  $publishedAfter: Date, $publishedBefore: Date, $search: String, $locale: String) {
  newsItems(first: $first, after: $after, kind: $kind, topic: $topic, country: $country,
    publishedAfter: $publishedAfter, publishedBefore: $publishedBefore, search: $search,
    locale: $locale) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { title kind } }
  }
}"""


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


@pytest.fixture
def items(newsroom):
    arms, health = TopicFactory(slug="arms-control"), TopicFactory(slug="right-to-health")
    libya, yemen = CountryFactory(iso_code="LY"), CountryFactory(iso_code="YE")
    return [
        PressReleasePageFactory(
            parent=newsroom,
            title="Oldest",
            publication_date=day("2019-05-22"),
            topics=[arms],
            countries=[yemen],
        ),
        ReportPageFactory(
            parent=newsroom,
            title="Report",
            publication_date=day("2020-09-24"),
            topics=[health],
            countries=[libya],
            summary="Refugees and migrants trapped in a cycle of abuse",
        ),
        CampaignVictoryPageFactory(
            parent=newsroom,
            title="Victory",
            publication_date=day("2020-09-10"),
            countries=[libya],
        ),
        PressReleasePageFactory(
            parent=newsroom,
            title="Newest",
            publication_date=day("2022-03-31"),
            topics=[arms],
            countries=[libya, yemen],
        ),
    ]


def test_items_come_newest_publication_date_first(graphql, items):
    data = graphql.query(LISTING)
    assert listing_titles(data) == ["Newest", "Report", "Victory", "Oldest"]


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"kind": "REPORT"}, ["Report"]),
        ({"kind": "CAMPAIGN_VICTORY"}, ["Victory"]),
        ({"topic": "arms-control"}, ["Newest", "Oldest"]),
        ({"country": "LY"}, ["Newest", "Report", "Victory"]),
        ({"country": "ye"}, ["Newest", "Oldest"]),
        ({"publishedAfter": "2020-09-10", "publishedBefore": "2020-09-24"}, ["Report", "Victory"]),
        ({"topic": "arms-control", "country": "LY"}, ["Newest"]),
        ({"search": "refugees"}, ["Report"]),
        ({"topic": "no-such-topic"}, []),
    ],
    ids=[
        "kind",
        "kind-victory",
        "topic",
        "country",
        "country-lowercase",
        "dates",
        "topic-and-country",
        "search",
        "unknown-topic",
    ],
)
def test_filters_narrow_the_listing_and_its_total(graphql, items, variables, expected):
    data = graphql.query(LISTING, variables)
    assert listing_titles(data) == expected
    assert data["newsItems"]["totalCount"] == len(expected)


def test_cursors_page_through_every_item_exactly_once(graphql, items):
    seen, after = [], None
    while True:
        page = graphql.query(LISTING, {"first": 3, "after": after})["newsItems"]
        seen += [edge["node"]["title"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
        assert page["pageInfo"]["endCursor"] == page["edges"][-1]["cursor"]
    assert seen == ["Newest", "Report", "Victory", "Oldest"]


def test_a_new_item_does_not_shift_the_next_page(graphql, items, newsroom):
    first_page = graphql.query(LISTING, {"first": 2})["newsItems"]
    PressReleasePageFactory(parent=newsroom, title="Breaking", publication_date=day("2023-01-01"))
    after = first_page["pageInfo"]["endCursor"]
    assert listing_titles(graphql.query(LISTING, {"first": 2, "after": after})) == [
        "Victory",
        "Oldest",
    ]


def test_the_page_size_defaults_to_twenty(graphql, newsroom):
    for _ in range(21):
        PressReleasePageFactory(parent=newsroom)
    data = graphql.query(LISTING)["newsItems"]
    assert (len(data["edges"]), data["pageInfo"]["hasNextPage"], data["totalCount"]) == (
        20,
        True,
        21,
    )


@pytest.mark.parametrize("first", [0, -1, 101])
def test_a_page_size_outside_one_to_a_hundred_is_refused_not_cut(graphql, first):
    response = graphql.post(LISTING, {"first": first})
    assert response.json()["errors"][0]["message"] == (
        f"`first` must be between 1 and 100; got {first}."
    )


def test_a_forged_cursor_is_refused(graphql, items):
    response = graphql.post(LISTING, {"after": "not-a-cursor"})
    assert (
        response.json()["errors"][0]["message"] == "`after` is not a cursor returned by this API."
    )


def test_an_unknown_locale_is_refused(graphql):
    response = graphql.post(LISTING, {"locale": "xx"})
    assert response.json()["errors"][0]["message"] == (
        "Unknown locale 'xx'; available: en, ar, fr, es."
    )


def test_the_listing_shows_the_requested_locale_only(graphql, items):
    french = Locale.objects.create(language_code="fr")
    translation = items[0].copy_for_translation(french, copy_parents=True)
    translation.title = "La plus ancienne"
    translation.save_revision().publish()
    assert listing_titles(graphql.query(LISTING, {"locale": "fr"})) == ["La plus ancienne"]
    assert "La plus ancienne" not in listing_titles(graphql.query(LISTING))
