"""A corrected item through every door a client reads it by, over real HTTP with the response
cache on: published, read (and cached), then corrected and published again; each door shows
the correction and its date at once."""

import datetime

import feedparser
import pytest
import requests

from tests.factories import notice
from tests.support.json_ld import Report, check_html

from .test_json_ld import as_html

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CORRECTED_AT = datetime.datetime(2026, 5, 6, 9, 30, tzinfo=datetime.UTC)
CORRECTION = "The protest took place on 4 May, not 3 May."
ARTICLE = """query($path: String!) { page(urlPath: $path) {
  ... on NewsItem { notices { kind publishedAt text } seo { jsonLd } } } }"""
SYNC = """query($token: String) { sync(token: $token) {
  items { urlPath ... on NewsItem { notices { kind } } } nextToken } }"""


@pytest.fixture(autouse=True)
def response_cache_on(settings):
    settings.NEWSROOM_API_CACHE_ENABLED = True


def graphql(http, query: str, variables: dict) -> dict:
    response = requests.post(
        f"{http.base_url}/graphql/", json={"query": query, "variables": variables}, timeout=30
    )
    body = response.json()
    assert "errors" not in body, body
    return body["data"]


@pytest.fixture
def correct(public_newsroom):
    """Publishes a correction of the English release."""

    def run() -> None:
        release = public_newsroom.release
        release.notices = [notice("correction", CORRECTED_AT, f"<p>{CORRECTION}</p>")]
        release.save_revision().publish()

    return run


def test_the_api_shows_the_correction_once_published(http, public_newsroom, correct):
    path = "/newsroom/heavy-weaponry-tripoli/"
    assert graphql(http, ARTICLE, {"path": path})["page"]["notices"] == []
    correct()
    assert graphql(http, ARTICLE, {"path": path})["page"]["notices"] == [
        {
            "kind": "CORRECTION",
            "publishedAt": "2026-05-06T09:30:00+00:00",
            "text": f"<p>{CORRECTION}</p>",
        }
    ]


def test_json_ld_dates_the_change_and_carries_a_correction_comment(http, public_newsroom, correct):
    path = "/newsroom/heavy-weaponry-tripoli/"
    graphql(http, ARTICLE, {"path": path})
    correct()
    json_ld = graphql(http, ARTICLE, {"path": path})["page"]["seo"]["jsonLd"]
    report = Report()
    check_html(as_html(json_ld), path, report, media_base=http.base_url)
    assert report.failures == [], report.failures
    document = requests.compat.json.loads(json_ld)
    assert document["dateModified"] == "2026-05-06T09:30:00+00:00"
    assert document["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": CORRECTION,
            "datePublished": "2026-05-06T09:30:00+00:00",
        }
    ]


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml"])
def test_rss_and_atom_entries_carry_the_notice_and_its_date(http, public_newsroom, correct, name):
    assert CORRECTION not in http(f"/feeds/en/{name}").text
    correct()
    feed = feedparser.parse(http(f"/feeds/en/{name}").content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    entry = feed.entries[0]
    assert CORRECTION in entry.summary and "Correction, 2026-05-06 09:30 UTC" in entry.summary
    assert entry.updated_parsed[:5] == (2026, 5, 6, 9, 30)


def test_the_json_feed_entry_carries_the_notice_and_its_date(http, public_newsroom, correct):
    http("/feeds/en/feed.json")
    correct()
    entry = http("/feeds/en/feed.json").json()["items"][0]
    assert entry["date_modified"] == "2026-05-06T09:30:00+00:00"
    assert CORRECTION in entry["content_html"]
    assert entry["_newsroom"]["notices"] == [
        {
            "kind": "correction",
            "published_at": "2026-05-06T09:30:00+00:00",
            "html": f"<p>{CORRECTION}</p>",
        }
    ]


def test_the_sync_reports_the_corrected_item_as_changed(http, public_newsroom, correct):
    token = graphql(http, SYNC, {"token": None})["sync"]["nextToken"]
    correct()
    changed = graphql(http, SYNC, {"token": token})["sync"]["items"]
    assert changed == [
        {"urlPath": "/newsroom/heavy-weaponry-tripoli/", "notices": [{"kind": "CORRECTION"}]}
    ]
