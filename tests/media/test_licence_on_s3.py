"""A photo whose licence ends, on S3: its public rendition objects are deleted from the bucket
(so the CDN's origin no longer has them), the original stays for a renewal, and a renewal makes
the renditions again on first use."""

import datetime
import json

import pytest
import requests
import time_machine
from django.test import Client

from newsroom_pages.scheduling import run_due_schedule
from tests.factories import ImageFactory, PressReleasePageFactory

pytestmark = pytest.mark.django_db

END = datetime.datetime(2026, 12, 10, 12, 0, 0, tzinfo=datetime.UTC)
HERO = "{ newsItems { edges { node { heroImage { rendition(width: 800) { url } } } } } }"


def hero_url() -> str | None:
    body = Client().post("/graphql/", json.dumps({"query": HERO}), content_type="application/json")
    image = body.json()["data"]["newsItems"]["edges"][0]["node"]["heroImage"]
    return image and image["rendition"]["url"]


@pytest.fixture
def photo(bucket, newsroom):
    image = ImageFactory(licence_valid_until=END)
    with time_machine.travel(END - datetime.timedelta(days=1), tick=False):
        PressReleasePageFactory(parent=newsroom, hero_image=image)
    return image


def test_at_the_licences_end_its_renditions_leave_the_bucket(
    photo, bucket, django_capture_on_commit_callbacks
):
    with time_machine.travel(END - datetime.timedelta(hours=1), tick=True):
        url = hero_url()
    assert requests.get(url, timeout=10).status_code == 200
    originals = bucket.objects("original_images/")
    with time_machine.travel(END, tick=False), django_capture_on_commit_callbacks(execute=True):
        run_due_schedule()
    assert bucket.objects("images/") == []
    assert requests.get(url, timeout=10).status_code in (403, 404)
    assert bucket.objects("original_images/") == originals


def test_a_renewal_makes_the_renditions_again(photo, bucket, django_capture_on_commit_callbacks):
    with time_machine.travel(END, tick=False), django_capture_on_commit_callbacks(execute=True):
        run_due_schedule()
        assert hero_url() is None
        photo.licence_valid_until = END + datetime.timedelta(days=365)
        photo.save()
        run_due_schedule()
        url = hero_url()
    assert requests.get(url, timeout=10).status_code == 200
    assert len(bucket.objects("images/")) == 1
