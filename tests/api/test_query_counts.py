"""SQL queries per request do not grow with the number of items or blocks returned.

Counts are for the steady state (renditions already generated, content types cached), which is
what a frontend meets on every request after the first.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    CampaignVictoryPageFactory,
    DocumentFactory,
    ImageFactory,
    PressReleasePageFactory,
    ReportPageFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

LISTING_QUERIES = 6
# The filtered listing selects the same news card as the listing (with topics and countries).
FILTERED_LISTING_QUERIES = LISTING_QUERIES
ARTICLE_QUERIES = (
    12  # related items: their links, then the items by id with the body's related content
)
# PostgreSQL asks the database for the query's stems to mark them and looks the query's words
# up in the vocabulary (corrections) before searching; SQLite marks words, corrects nothing.
SEARCH_LISTING_QUERIES = {"postgresql": 8, "sqlite": 6}
# A misspelt word costs one more (PostgreSQL): the suggestion's words, checked against the
# visible matches.
CORRECTED_SEARCH_LISTING_QUERIES = 9


def steady(graphql, operation: str, variables: dict) -> dict:
    graphql.operation(operation, variables)
    return variables


@pytest.mark.parametrize("count", [1, 20, 100])
def test_the_listing_costs_the_same_queries_for_any_page_size(
    graphql, make_items, django_assert_num_queries, count
):
    make_items(count)
    variables = steady(graphql, "NewsListing", {"first": count})
    with django_assert_num_queries(LISTING_QUERIES):
        data = graphql.operation("NewsListing", variables)
    assert len(data["newsItems"]["edges"]) == count


@pytest.mark.parametrize("count", [1, 20, 100])
def test_a_filtered_listing_costs_the_same_queries_for_any_page_size(
    graphql, make_items, django_assert_num_queries, count
):
    make_items(count)
    variables = steady(
        graphql,
        "FilteredNewsListing",
        {"first": count, "kind": "PRESS_RELEASE", "publishedAfter": "2019-01-01"},
    )
    with django_assert_num_queries(FILTERED_LISTING_QUERIES):
        data = graphql.operation("FilteredNewsListing", variables)
    assert data["newsItems"]["totalCount"] == count


@pytest.mark.parametrize("count", [1, 20, 100])
def test_a_search_listing_costs_the_same_queries_for_any_number_of_hits(
    graphql, make_items, django_assert_num_queries, count
):
    make_items(count, summary="Families of detainees in Mitiga describe the visits.")
    variables = steady(graphql, "SearchNews", {"search": "Mitiga detainees", "first": count})
    with django_assert_num_queries(SEARCH_LISTING_QUERIES[connection.vendor]):
        data = graphql.operation("SearchNews", variables)
    assert data["newsItems"]["totalCount"] == count
    assert all("<mark>" in edge["node"]["searchHighlight"] for edge in data["newsItems"]["edges"])


@pytest.mark.postgres_only
@pytest.mark.parametrize("count", [1, 20, 100])
def test_a_misspelt_search_costs_the_same_queries_for_any_number_of_hits(
    graphql, make_items, django_assert_num_queries, count
):
    make_items(count, summary="Families of detainees in Mitiga describe the visits.")
    variables = steady(graphql, "SearchNews", {"search": "Mitiga detainess", "first": count})
    with django_assert_num_queries(CORRECTED_SEARCH_LISTING_QUERIES):
        data = graphql.operation("SearchNews", variables)
    assert data["newsItems"]["totalCount"] == count
    assert data["newsItems"]["searchSuggestion"] == "Mitiga detainees"


def article_body(newsroom, blocks: int) -> list:
    image, document = ImageFactory(file__width=64, file__height=36), DocumentFactory()
    target = PressReleasePageFactory(parent=newsroom, hero_image=ImageFactory())
    cycle = [
        (
            "paragraph",
            f'<p><a linktype="page" id="{target.pk}">See</a> the <a linktype="document" id="{document.pk}">PDF</a>.</p>',
        ),
        ("image", {"image": image, "caption": ""}),
        ("document", {"document": document, "label": ""}),
        ("call_to_action", {"text": "Act", "page": target}),
        ("related_content", {"heading": "More", "items": [target]}),
    ]
    return [cycle[i % len(cycle)] for i in range(blocks)]


@pytest.mark.parametrize("blocks", [5, 50])
def test_the_article_costs_the_same_queries_for_any_body_size(
    graphql, newsroom, django_assert_num_queries, blocks
):
    article = PressReleasePageFactory(
        parent=newsroom, slug="article", hero_image=ImageFactory(), body=article_body(newsroom, 10)
    )
    article.body = article_body(newsroom, blocks)
    article.save()
    variables = steady(graphql, "Article", {"urlPath": "/newsroom/article/"})
    with django_assert_num_queries(ARTICLE_QUERIES):
        data = graphql.operation("Article", variables)
    assert len(data["page"]["body"]) == blocks


TITLES = "{ newsItems(first: 100) { edges { node { __typename title urlPath locale } } } }"
REPORT_CARDS = """
query { newsItems(first: 100) { edges { node { ...Card } } } }
fragment Card on NewsItem {
  title heroImage { alt credit } pressContact { name }
  ... on ReportPage { indexNumber reportDocument { title } }
  ... on CampaignVictoryPage { outcome }
}"""


def test_a_listing_of_titles_reads_no_image_contact_or_subclass_table(graphql, make_items):
    make_items(3)
    graphql.query(TITLES)
    with CaptureQueriesContext(connection) as captured:
        data = graphql.query(TITLES)
    listing_sql = next(q["sql"] for q in captured if "newsroom_pages_newsitempage" in q["sql"])
    for table in ("newsroomimage", "presscontact", "reportpage", "campaignvictorypage"):
        assert table not in listing_sql
    assert len(data["newsItems"]["edges"]) == 3


@pytest.mark.parametrize("count", [1, 20])
def test_fields_of_joined_tables_named_only_in_a_fragment_still_cost_no_query_per_item(
    graphql, newsroom, django_assert_num_queries, count
):
    for _ in range(count):
        ReportPageFactory(
            parent=newsroom, hero_image=ImageFactory(), report_document=DocumentFactory()
        )
        CampaignVictoryPageFactory(parent=newsroom)
    graphql.query(REPORT_CARDS)
    with django_assert_num_queries(3):  # restrictions, the listing, the index's contact
        data = graphql.query(REPORT_CARDS)
    assert len(data["newsItems"]["edges"]) == 2 * count


NOTICES_LISTING = "{ newsItems(first: 100) { edges { node { title notices { kind text } } } } }"
# restrictions, the listing, the links' targets (their paths)
NOTICES_LISTING_QUERIES = 3


@pytest.mark.parametrize("count", [1, 20, 100])
def test_notices_with_links_cost_the_same_queries_for_any_number_of_items(
    graphql, newsroom, django_assert_num_queries, count
):
    import datetime

    from tests.factories import notice

    target = PressReleasePageFactory(parent=newsroom, slug="follow-up")
    at = datetime.datetime(2026, 5, 4, 9, 30, tzinfo=datetime.UTC)
    text = f'<p>See <a linktype="page" id="{target.pk}">the follow-up</a>.</p>'
    for _ in range(count):
        PressReleasePageFactory(
            parent=newsroom,
            notices=[notice("correction", at, text), notice("update", at, "<p>More.</p>")],
        )
    graphql.query(NOTICES_LISTING)
    with django_assert_num_queries(NOTICES_LISTING_QUERIES):
        data = graphql.query(NOTICES_LISTING)
    noticed = [edge for edge in data["newsItems"]["edges"] if edge["node"]["notices"]]
    assert len(noticed) == count
    assert all('href="/newsroom/follow-up/"' in e["node"]["notices"][0]["text"] for e in noticed)
