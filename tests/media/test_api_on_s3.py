"""The API on S3 storage: absolute URLs on the endpoint, no storage request per response in
steady state, and a storage failure costs one field, not the request."""

import json

import pytest
from django.test import Client

from tests.factories import ImageFactory, PressReleasePageFactory
from tests.support.s3 import closed_port_url, counting_s3_calls

from .conftest import use_s3_storage

pytestmark = pytest.mark.django_db

LISTING = (
    "{ newsItems(first: 20) { edges { node { heroImage { credit"
    " rendition(width: 800, height: 450, fill: true, format: WEBP) { url credit } } } } } }"
)


def post(query: str) -> dict:
    response = Client().post(
        "/graphql/", json.dumps({"query": query}), content_type="application/json"
    )
    assert response.status_code == 200
    return response.json()


@pytest.fixture
def listing(bucket, newsroom):
    for _ in range(5):
        PressReleasePageFactory(parent=newsroom, hero_image=ImageFactory())
    post(LISTING)
    return bucket


def test_listing_renditions_are_absolute_urls_on_the_endpoint(listing):
    edges = post(LISTING)["data"]["newsItems"]["edges"]
    urls = [edge["node"]["heroImage"]["rendition"]["url"] for edge in edges]
    assert len(urls) == 5
    assert all(url.startswith(f"{listing.endpoint.url}/{listing.name}/images/") for url in urls)


def test_a_listing_request_makes_no_s3_call_in_steady_state(listing):
    with counting_s3_calls() as calls:
        post(LISTING)
    assert calls == []


def test_a_rendition_that_cannot_be_stored_is_an_error_for_that_field_only(
    bucket, newsroom, settings
):
    PressReleasePageFactory(parent=newsroom, title="Still listed", hero_image=ImageFactory())
    use_s3_storage(settings, closed_port_url(), bucket.name)
    body = post(
        "{ newsItems { edges { node { title heroImage {"
        " rendition(width: 480, format: WEBP) { url } } } } } }"
    )
    node = body["data"]["newsItems"]["edges"][0]["node"]
    assert node == {"title": "Still listed", "heroImage": {"rendition": None}}
    assert "temporarily unavailable" in body["errors"][0]["message"]
    assert body["errors"][0]["extensions"]["code"] == "RENDITION_UNAVAILABLE"
