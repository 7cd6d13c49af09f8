"""SQL per request does not grow with the number of pages returned: `sync` (initial and delta)
and `seo` on a listing cost the same few queries for 1 page or 60."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.conftest import GraphQLClient
from tests.factories import ImageFactory, PressReleasePageFactory

from .sync_mirror import SYNC

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

SEO_LISTING = """query($first: Int) { newsItems(first: $first) { edges { node {
  seo { title canonicalUrl robots ogImage { url credit } alternates { locale url } jsonLd }
} } } }"""


def queries(client: GraphQLClient, query: str, variables: dict) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as captured:
        data = client.query(query, variables)
    return len(captured), data


@pytest.fixture
def items(newsroom):
    def make(n: int) -> None:
        for _ in range(n):
            page = PressReleasePageFactory(
                parent=newsroom,
                hero_image=ImageFactory(file__width=64, file__height=36),
                live=False,
            )
            page.save_revision().publish()

    return make


@pytest.mark.parametrize("count", [1, 60])
def test_seo_on_a_listing_costs_the_same_queries_for_any_size(items, count):
    items(count)
    client = GraphQLClient()
    client.query(SEO_LISTING, {"first": count})  # renditions are made once, then reused
    spent, data = queries(client, SEO_LISTING, {"first": count})
    assert len(data["newsItems"]["edges"]) == count
    assert spent == SEO_LISTING_QUERIES


@pytest.mark.parametrize("count", [1, 60])
def test_an_initial_sync_page_costs_the_same_queries_for_any_size(items, count):
    items(count)
    spent, data = queries(GraphQLClient(), SYNC, {"first": 100})
    assert len(data["sync"]["items"]) == count + 1  # and the newsroom page
    assert spent == INITIAL_SYNC_QUERIES


@pytest.mark.parametrize("count", [1, 60])
def test_a_delta_sync_page_costs_the_same_queries_for_any_size(items, newsroom, count):
    client = GraphQLClient()
    token = client.query(SYNC, {"first": 100})["sync"]["nextToken"]
    items(count)
    first_two = list(newsroom.get_children().specific()[:2])
    for page in first_two:
        page.unpublish()
    spent, data = queries(client, SYNC, {"token": token, "first": 100})
    assert len(data["sync"]["items"]) + len(data["sync"]["deleted"]) == count
    assert spent == DELTA_SYNC_QUERIES


SEO_LISTING_QUERIES = 4
INITIAL_SYNC_QUERIES = 11
DELTA_SYNC_QUERIES = 11  # the schedule catch-up costs nothing until the next change; +1: is the token older than the pruned log
