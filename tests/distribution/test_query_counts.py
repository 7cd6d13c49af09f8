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
# Both include recomputing the next scheduled change (pages, revisions, licence windows: one
# aggregate each), the first request after a publish; in steady state it costs nothing.
INITIAL_SYNC_QUERIES = 12
DELTA_SYNC_QUERIES = 12  # +1: is the token older than the pruned log


@pytest.mark.parametrize("count", [1, 20])
def test_a_ninjs_listing_costs_the_same_queries_for_any_number_of_items(
    items, newsroom, count, settings
):
    """Documents with bodies, pictures, subjects and notices, through the API's loaders."""
    import datetime
    import urllib.parse

    from django.test import Client
    from django.utils import timezone

    from tests.factories import CountryFactory, TopicFactory, notice

    settings.NEWSROOM_API_CACHE_ENABLED = False
    start = urllib.parse.quote((timezone.now() - datetime.timedelta(minutes=1)).isoformat())
    items(count)
    topic, country = TopicFactory(), CountryFactory()
    at = datetime.datetime(2026, 5, 6, 9, 30, tzinfo=datetime.UTC)
    for page in newsroom.get_children().specific():
        page.topics.add(topic)
        page.countries.add(country)
        page.notices = [notice("correction", at, "<p>Fixed.</p>")]
        page.body = [("image", {"image": ImageFactory(file__width=64, file__height=36)})]
        page.save_revision().publish()
    client, path = Client(), f"/ninjs/en/items.json?since={start}"
    assert len(client.get(path).json()["items"]) == count  # renditions made once, then reused
    with CaptureQueriesContext(connection) as captured:
        body = client.get(path).json()
    assert len(body["items"]) == count
    assert len(captured) == NINJS_LISTING_QUERIES, "\n".join(q["sql"][:150] for q in captured)


NINJS_LISTING_QUERIES = 12  # the change log (5: since, retention, changes), restrictions, items, newsroom paths, topics,
# countries, body images, renditions


@pytest.mark.parametrize("count", [1, 20])
def test_a_feed_of_corrected_items_costs_the_same_queries_for_any_size(
    items, newsroom, count, settings
):
    """Each entry carries its notices; their links resolve in one batch."""
    import datetime

    from django.test import Client

    from tests.factories import notice

    settings.NEWSROOM_API_CACHE_ENABLED = False
    items(count)
    target = newsroom.get_children().first()
    at = datetime.datetime(2026, 5, 6, 9, 30, tzinfo=datetime.UTC)
    text = f'<p>See <a linktype="page" id="{target.pk}">the follow-up</a>.</p>'
    for page in newsroom.get_children().specific():
        page.notices = [notice("correction", at, text)]
        page.save_revision().publish()
    client = Client()
    client.get("/feeds/en/rss.xml")  # renditions made once, then reused
    with CaptureQueriesContext(connection) as captured:
        body = client.get("/feeds/en/rss.xml").content.decode()
    assert body.count("the follow-up&lt;/a&gt;") == count  # escaped in the XML
    assert len(captured) == CORRECTED_FEED_QUERIES, [q["sql"][:120] for q in captured]


CORRECTED_FEED_QUERIES = 4  # restrictions, items, renditions, the links' targets
