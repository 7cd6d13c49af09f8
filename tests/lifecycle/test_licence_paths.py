"""A photo whose licence ends, as readers, crawlers and builds see it over HTTP with the
response cache on: from the licence's end it is in no answer (hero image, body image block,
og:image, JSON-LD, feeds' media, sync), its rendition files are no longer served, and a
renewal brings it back."""

import datetime
import json
import time

import pytest
import requests
from django.utils import timezone

from cms.media.models import NewsroomImage
from cms.webhooks.models import WebhookDelivery

from .conftest import PAGE, SYNC, every_output, graphql, showing

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

EN_PATH = "/newsroom/heavy-weaponry-tripoli/"
AR_PATH = "/ar/newsroom/heavy-weaponry-tripoli/"
CREDIT = "Photo by -/AFP via Getty Images"
BODY = """query($path: String!) {
  page(urlPath: $path) { ... on NewsItem { body { __typename ... on ImageBlock { credit } } } }
}"""


@pytest.fixture
def pictured(public_newsroom):
    """The release shows its photograph as hero and in its body, in both languages."""
    for page in (public_newsroom.release, public_newsroom.release_ar):
        page.body = [("image", {"image": page.hero_image, "caption": ""})]
        page.save_revision().publish()
    return public_newsroom


def photo_of(newsroom) -> NewsroomImage:
    return NewsroomImage.objects.get(pk=newsroom.release.hero_image_id)


def where_the_photo_is(http) -> list[str]:
    shown = every_output(http, [EN_PATH, AR_PATH], search="protesters")
    for path in (EN_PATH, AR_PATH):
        shown[f"body({path})"] = json.dumps(graphql(http, BODY, path=path))
    return showing(shown, CREDIT)


def end_licence_in(image: NewsroomImage, seconds: float) -> None:
    image.licence_valid_until = timezone.now() + datetime.timedelta(seconds=seconds)
    image.save()


def rendition_url(http) -> str:
    page = graphql(http, PAGE, path=EN_PATH)["data"]["page"]
    return page["heroImage"]["rendition"]["url"]


def test_inside_its_licence_the_photo_is_on_every_path(http, pictured):
    """The control: the checks below can fail."""
    assert where_the_photo_is(http) == [
        "newsItems(en)",
        "search(en)",
        "rss.xml(en)",
        "atom.xml(en)",
        "feed.json(en)",
        "newsItems(ar)",
        "search(ar)",
        "rss.xml(ar)",
        "atom.xml(ar)",
        "feed.json(ar)",
        f"page({EN_PATH})",
        f"page({AR_PATH})",
        "sync",
        f"body({EN_PATH})",
        f"body({AR_PATH})",
    ]


def test_from_the_second_its_licence_ends_the_photo_is_on_no_path(http, pictured):
    end_licence_in(photo_of(pictured), 2)
    where_the_photo_is(http)  # every answer is in the response cache
    time.sleep(2.1)
    assert where_the_photo_is(http) == []


def test_the_item_itself_stays_on_every_path_without_its_photo(http, pictured):
    end_licence_in(photo_of(pictured), 0.5)
    time.sleep(0.6)
    page = graphql(http, PAGE, path=EN_PATH)["data"]["page"]
    assert (page["title"], page["heroImage"]) == (pictured.release.title, None)
    assert "image" not in json.loads(page["seo"]["jsonLd"])
    body = graphql(http, BODY, path=EN_PATH)["data"]["page"]["body"]
    assert [block["__typename"] for block in body] == []


def test_its_rendition_files_are_no_longer_served(http, pictured):
    url = rendition_url(http)
    assert requests.get(url, timeout=10).status_code == 200
    end_licence_in(photo_of(pictured), 0.5)
    time.sleep(0.6)
    where_the_photo_is(http)  # the first request after the end applies it
    assert requests.get(url, timeout=10).status_code == 404


def test_the_sync_and_the_webhooks_announce_the_pages_again(http, pictured):
    token = graphql(http, SYNC)["data"]["sync"]["nextToken"]
    WebhookDelivery.objects.all().delete()
    end_licence_in(photo_of(pictured), 0.5)
    time.sleep(0.6)
    sync = graphql(http, SYNC, token=token)["data"]["sync"]
    assert sorted(item["title"] for item in sync["items"]) == sorted(
        [pictured.release.title, pictured.release_ar.title]
    )
    assert all(item["heroImage"] is None for item in sync["items"])
    assert sorted(WebhookDelivery.objects.values_list("action", "page_id")) == sorted(
        [("updated", pictured.release.pk), ("updated", pictured.release_ar.pk)]
    )


def test_a_renewed_licence_brings_the_photo_back(http, pictured):
    photo = photo_of(pictured)
    end_licence_in(photo, 0.5)
    time.sleep(0.6)
    assert where_the_photo_is(http) == []
    photo.refresh_from_db()
    photo.licence_valid_until = timezone.now() + datetime.timedelta(days=365)
    photo.save()
    assert f"page({EN_PATH})" in where_the_photo_is(http)
    assert requests.get(rendition_url(http), timeout=10).status_code == 200
