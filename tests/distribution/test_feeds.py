"""Feeds per locale (RSS 2.0, Atom 1.0, JSON Feed 1.1): valid, public only, linking to the
frontend, carrying the hero image's credit, the language and its direction."""

import feedparser
import pytest

from tests.factories import PressReleasePageFactory

from .conftest import FRONTEND

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FEEDS = ["rss.xml", "atom.xml", "feed.json"]


def parsed(http, path: str):
    response = http(path)
    assert response.status_code == 200, response.text
    return feedparser.parse(response.content)


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml"])
def test_rss_and_atom_parse_without_errors(http, public_newsroom, name):
    feed = parsed(http, f"/feeds/en/{name}")
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert [entry.title for entry in feed.entries] == [
        public_newsroom.release.title,
        public_newsroom.report.title,
    ]


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml"])
def test_items_link_to_the_frontend(http, public_newsroom, name):
    feed = parsed(http, f"/feeds/en/{name}")
    assert feed.entries[0].link == f"{FRONTEND}/newsroom/heavy-weaponry-tripoli/"


def test_rss_carries_the_hero_image_with_its_credit(http, public_newsroom):
    entry = parsed(http, "/feeds/en/rss.xml").entries[0]
    (media,) = entry.media_content
    assert media["url"].endswith(".png") or "fill-1200x630" in media["url"]
    assert (media["width"], media["height"]) == ("1200", "630")
    assert entry.media_credit[0]["content"] == "Photo by -/AFP via Getty Images"


def test_atom_links_the_hero_image_as_an_enclosure_with_its_credit(http, public_newsroom):
    entry = parsed(http, "/feeds/en/atom.xml").entries[0]
    (enclosure,) = entry.enclosures
    assert enclosure["type"].startswith("image/")
    assert enclosure["title"] == "Photo by -/AFP via Getty Images"
    (media,) = entry.media_content
    assert media["url"] == enclosure["href"]
    assert (media["width"], media["height"]) == ("1200", "630")
    assert entry.media_credit[0]["content"] == "Photo by -/AFP via Getty Images"
    assert http(enclosure["href"].removeprefix(http.base_url)).status_code == 200
    assert parsed(http, "/feeds/en/atom.xml").entries[1].enclosures == []


def test_the_arabic_feed_carries_its_language_and_direction(http, public_newsroom):
    rss = parsed(http, "/feeds/ar/rss.xml")
    assert rss.feed.language == "ar"
    assert [entry.title for entry in rss.entries] == [public_newsroom.release_ar.title]
    assert 'dir="rtl"' in rss.entries[0].summary
    assert rss.entries[0].link == f"{FRONTEND}/ar/newsroom/heavy-weaponry-tripoli/"
    atom = parsed(http, "/feeds/ar/atom.xml")
    assert atom.feed.language == "ar"


def test_json_feed_items_carry_the_required_fields(http, public_newsroom):
    response = http("/feeds/ar/feed.json")
    assert response.headers["Content-Type"].startswith("application/feed+json")
    feed = response.json()
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] and feed["language"] == "ar" and feed["_newsroom"]["direction"] == "rtl"
    for item in feed["items"]:
        assert isinstance(item["id"], str) and item["id"]
        assert item.get("content_html") or item.get("content_text")
    assert feed["items"][0]["_newsroom"]["image_credit"] == "Photo by -/AFP via Getty Images"


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("kind=REPORT", ["report"]),
        ("kind=press_release", ["release"]),
    ],
)
def test_feeds_filter_by_kind(http, public_newsroom, query, titles):
    feed = parsed(http, f"/feeds/en/rss.xml?{query}")
    expected = [getattr(public_newsroom, name).title for name in titles]
    assert [entry.title for entry in feed.entries] == expected


def test_feeds_filter_by_topic_and_country(http, public_newsroom):
    from tests.factories import CountryFactory, TopicFactory

    topic, country = TopicFactory(slug="death-penalty"), CountryFactory(iso_code="LY")
    page = public_newsroom.report
    page.topics.add(topic)
    page.countries.add(country)
    page.save_revision().publish()
    assert [e.title for e in parsed(http, "/feeds/en/atom.xml?topic=death-penalty").entries] == [
        page.title
    ]
    assert [e.title for e in parsed(http, "/feeds/en/atom.xml?country=ly").entries] == [page.title]


def test_drafts_expired_and_restricted_items_never_appear(http, public_newsroom, newsroom):
    from django.utils import timezone
    from wagtail.models import PageViewRestriction

    draft = PressReleasePageFactory(parent=newsroom, title="Draft", live=False)
    expired = PressReleasePageFactory(
        parent=newsroom, title="Expired", expire_at=timezone.now() - timezone.timedelta(minutes=1)
    )
    restricted = PressReleasePageFactory(parent=newsroom, title="Restricted")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    for name in FEEDS:
        body = http(f"/feeds/en/{name}").text
        for title in (draft.title, expired.title, restricted.title):
            assert f">{title}<" not in body and f'"{title}"' not in body


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/feeds/en/rss.xml?kind=OPINION", 400, "INVALID_FILTER"),
        ("/feeds/en/feed.json?country=Libya", 400, "INVALID_FILTER"),
        ("/feeds/xx/atom.xml", 404, "UNKNOWN_LOCALE"),
    ],
)
def test_bad_filters_get_a_coded_error(http, public_newsroom, path, status, code):
    response = http(path)
    assert response.status_code == status
    assert response.json()["errors"][0]["extensions"]["code"] == code
    assert "no-store" in response.headers["Cache-Control"]
