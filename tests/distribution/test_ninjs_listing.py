"""`/ninjs/<locale>/items.json?since=…`: what an agency polls for changes, cursor-paged like the
delta sync: each changed public item once in its current state, then a `next` link that
returns only what changed after; bad input is a coded 400. Over real HTTP, response cache on."""

import datetime
import urllib.parse

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from tests.factories import PressReleasePageFactory

from .ninjs import errors

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def response_cache_on(settings):
    settings.NEWSROOM_API_CACHE_ENABLED = True


def listing(http, path: str) -> dict:
    response = http(path)
    assert response.status_code == 200, response.text
    body = response.json()
    for item in body["items"]:
        assert errors(item) == []
    return body


def follow(http, next_url: str) -> dict:
    return listing(http, next_url.removeprefix(http.base_url))


def since(moment: datetime.datetime) -> str:
    return urllib.parse.quote(moment.isoformat())


def headline(document: dict) -> str:
    return document["headlines"][0]["value"]


def test_items_changed_since_a_moment_come_oldest_change_first(http, public_newsroom):
    start = timezone.now() - datetime.timedelta(hours=1)
    body = listing(http, f"/ninjs/en/items.json?since={since(start)}")
    assert [headline(item) for item in body["items"]] == [
        public_newsroom.release.title,
        public_newsroom.report.title,
    ]
    assert body["hasMore"] is False


def test_the_next_link_returns_only_what_changed_after(http, public_newsroom):
    body = listing(http, f"/ninjs/en/items.json?since={since(timezone.now())}")
    assert body["items"] == []
    assert follow(http, body["next"])["items"] == []
    report = public_newsroom.report
    report.title = "Refugees trapped in a cycle of abuse, new evidence shows"
    report.save_revision().publish()
    later = follow(http, body["next"])
    assert [headline(item) for item in later["items"]] == [report.title]


def test_the_listing_is_per_language(http, public_newsroom):
    start = timezone.now() - datetime.timedelta(hours=1)
    body = listing(http, f"/ninjs/ar/items.json?since={since(start)}")
    assert [(headline(item), item["language"]) for item in body["items"]] == [
        (public_newsroom.release_ar.title, "ar")
    ]


def test_pages_of_changes_follow_one_another(http, public_newsroom, settings):
    settings.NEWSROOM_FEED_ITEMS = 1
    start = timezone.now() - datetime.timedelta(hours=1)
    first = listing(http, f"/ninjs/en/items.json?since={since(start)}")
    assert first["hasMore"] is True and len(first["items"]) == 1
    second = follow(http, first["next"])
    assert second["hasMore"] is False
    assert [headline(i) for i in first["items"] + second["items"]] == [
        public_newsroom.release.title,
        public_newsroom.report.title,
    ]


def test_an_item_no_longer_public_is_left_out(http, public_newsroom):
    start = timezone.now() - datetime.timedelta(hours=1)
    Page.objects.get(pk=public_newsroom.report.pk).specific.unpublish()
    draft = PressReleasePageFactory(parent=public_newsroom.report.get_parent(), live=False)
    draft.save_revision()
    body = listing(http, f"/ninjs/en/items.json?since={since(start)}")
    assert [headline(item) for item in body["items"]] == [public_newsroom.release.title]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("", "MISSING_SINCE"),
        ("?since=yesterday", "INVALID_SINCE"),
        ("?since=2026-05-04T09:30:00", "INVALID_SINCE"),  # no offset: which 09:30?
        ("?since=2026-13-40T09:30:00Z", "INVALID_SINCE"),
        ("?cursor=not-a-cursor", "INVALID_CURSOR"),
    ],
)
def test_bad_input_is_a_coded_400(http, public_newsroom, query, code):
    response = http(f"/ninjs/en/items.json{query}")
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == code
    assert "no-store" in response.headers["Cache-Control"]


def test_an_unknown_locale_is_a_coded_404(http, public_newsroom):
    response = http(f"/ninjs/xx/items.json?since={since(timezone.now())}")
    assert response.status_code == 404
    assert response.json()["errors"][0]["extensions"]["code"] == "UNKNOWN_LOCALE"


@pytest.fixture
def report_withdrawn(public_newsroom):
    """The legal team took the report down (every language unpublished, kept from readers)."""
    report = public_newsroom.report
    call_command("take_down", str(report.pk), reason="Court order")
    return report


def test_a_withdrawn_item_answers_a_minimal_canceled_document(http, report_withdrawn):
    response = http("/ninjs/en/libya-cycle-of-abuses.json")
    assert response.status_code == 200
    body = response.json()
    assert errors(body) == []
    assert body["pubstatus"] == "canceled"
    assert set(body) == {"uri", "standard", "type", "pubstatus", "versioncreated", "language"}


def test_the_listing_tells_agencies_of_a_withdrawn_item_on_its_own_uri(
    http, public_newsroom, report_withdrawn
):
    item_uri = http("/ninjs/en/libya-cycle-of-abuses.json").json()["uri"]
    start = timezone.now() - datetime.timedelta(hours=1)
    body = listing(http, f"/ninjs/en/items.json?since={since(start)}")
    canceled = [item for item in body["items"] if item["pubstatus"] == "canceled"]
    assert [item["uri"] for item in canceled] == [item_uri]
    assert "headlines" not in canceled[0] and "bodies" not in canceled[0]


def test_a_withdrawn_items_version_is_dated_when_it_was_taken_down(http, report_withdrawn):
    from newsroom_pages.takedown import takedown_of

    body = http("/ninjs/en/libya-cycle-of-abuses.json").json()
    taken_down_at = takedown_of(report_withdrawn).taken_down_at
    assert datetime.datetime.fromisoformat(body["versioncreated"]) == taken_down_at
