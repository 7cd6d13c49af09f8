"""Feeds and sitemaps are cached like the API: public Cache-Control, a strong ETag answered
with 304, and a publish shows at once (the response cache's generation moves on)."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DOCUMENTS = ["/feeds/en/rss.xml", "/feeds/en/atom.xml", "/feeds/en/feed.json", "/sitemap.xml"]


@pytest.fixture(autouse=True)
def response_cache_on(settings):
    settings.NEWSROOM_API_CACHE_ENABLED = True
    settings.NEWSROOM_FEED_MAX_AGE = 300


@pytest.mark.parametrize("path", DOCUMENTS)
def test_documents_are_publicly_cacheable_with_a_strong_etag(http, public_newsroom, path):
    response = http(path)
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert response.headers["ETag"].startswith('"')
    again = http(path, **{"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["ETag"] == response.headers["ETag"]


def test_a_repeated_request_is_served_from_the_cache(http, public_newsroom):
    first, second = http("/feeds/en/rss.xml"), http("/feeds/en/rss.xml")
    assert (first.headers["X-Newsroom-Cache"], second.headers["X-Newsroom-Cache"]) == (
        "miss",
        "hit",
    )


def test_a_publish_changes_the_feed_and_its_etag_at_once(http, public_newsroom, newsroom):
    before = http("/feeds/en/rss.xml")
    item = PressReleasePageFactory(parent=newsroom, title="Fresh release", live=False)
    item.save_revision().publish()
    after = http("/feeds/en/rss.xml", **{"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200
    assert "Fresh release" in after.text


def test_an_unpublish_removes_the_item_at_once(http, public_newsroom):
    http("/feeds/en/feed.json")
    public_newsroom.report.unpublish()
    titles = [item["title"] for item in http("/feeds/en/feed.json").json()["items"]]
    assert public_newsroom.report.title not in titles


def test_max_age_never_reaches_past_the_next_expiry(http, public_newsroom, newsroom):
    PressReleasePageFactory(
        parent=newsroom, expire_at=timezone.now() + datetime.timedelta(seconds=90)
    )
    max_age = int(http("/feeds/en/rss.xml").headers["Cache-Control"].split("max-age=")[1])
    assert 0 < max_age <= 90
