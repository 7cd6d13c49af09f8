"""A takedown as readers, crawlers, builds and frontends see it over HTTP: the item leaves every
path at once in every language, `page` answers GONE, the sync hands out tombstones and the
frontends are told with the item's cache tags."""

import pytest
from django.core.management import call_command

from cms.webhooks.models import WebhookDelivery
from newsroom_pages.cache_tags import page_tag, translations_tag

from .conftest import SYNC, every_output, graphql, showing

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

EN_PATH = "/newsroom/heavy-weaponry-tripoli/"
AR_PATH = "/ar/newsroom/heavy-weaponry-tripoli/"


def release_shown(http, newsroom) -> list[str]:
    shown = every_output(http, [EN_PATH, AR_PATH], search="protesters")
    return showing(shown, "heavy-weaponry-tripoli", newsroom.release.title)


def take_down(newsroom) -> None:
    call_command("take_down", str(newsroom.release.pk), reason="Court order 2026/114")


def test_before_a_takedown_the_item_is_on_every_path(http, public_newsroom):
    """The control: the checks below can fail."""
    assert release_shown(http, public_newsroom) == [
        "newsItems(en)",
        "search(en)",
        "rss.xml(en)",
        "atom.xml(en)",
        "feed.json(en)",
        "sitemap(en)",
        "newsItems(ar)",
        "search(ar)",
        "rss.xml(ar)",
        "atom.xml(ar)",
        "feed.json(ar)",
        "sitemap(ar)",
        "sitemap-news",
        f"page({EN_PATH})",
        f"page({AR_PATH})",
        "sync",
    ]


def test_a_taken_down_item_leaves_every_path_in_every_language_at_once(http, public_newsroom):
    release_shown(http, public_newsroom)  # the response cache holds every answer
    take_down(public_newsroom)
    assert release_shown(http, public_newsroom) == []
    report = public_newsroom.report.title
    assert showing(every_output(http, [], search="refugees"), report)  # the rest stays


@pytest.mark.parametrize("path", [EN_PATH, AR_PATH])
def test_page_of_a_taken_down_item_is_null_with_the_code_gone(path, http, public_newsroom):
    take_down(public_newsroom)
    body = graphql(http, "query($p: String!) { page(urlPath: $p) { title } }", p=path)
    assert body["data"] == {"page": None}
    assert [error["extensions"]["code"] for error in body["errors"]] == ["GONE"]


def test_a_page_that_never_existed_is_still_plain_null(http, public_newsroom):
    take_down(public_newsroom)
    body = graphql(http, '{ page(urlPath: "/newsroom/nothing-here/") { title } }')
    assert body == {"data": {"page": None}}


def test_the_sync_hands_out_a_tombstone_for_every_language(http, public_newsroom):
    token = graphql(http, SYNC)["data"]["sync"]["nextToken"]
    take_down(public_newsroom)
    sync = graphql(http, SYNC, token=token)["data"]["sync"]
    assert sorted((entry["databaseId"], entry["urlPath"]) for entry in sync["deleted"]) == sorted(
        [(public_newsroom.release.pk, EN_PATH), (public_newsroom.release_ar.pk, AR_PATH)]
    )
    assert sync["items"] == []


def test_frontends_are_told_to_purge_each_language_by_its_cache_tags(http, public_newsroom):
    take_down(public_newsroom)
    release = public_newsroom.release
    events = {
        delivery.page_id: delivery.payload
        for delivery in WebhookDelivery.objects.filter(action="unpublished")
    }
    assert set(events) == {release.pk, public_newsroom.release_ar.pk}
    assert {page_tag(release.pk), translations_tag(release.translation_key), "newsitems"} <= set(
        events[release.pk]["cacheTags"]
    )
