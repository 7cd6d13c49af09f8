"""`make run` keeps media on local disk and serves it under `/media/` through a checking view:
renditions of public images load by their plain URL, anything else (originals, documents,
renditions of restricted images) only by a short-lived signed link, over real HTTP."""

import datetime

import pytest
import requests
import time_machine
from django.core.files.storage import default_storage
from django.test import Client
from wagtail.models import Collection

from cms.media.local_storage import LocalMediaStorage
from cms.media.renditions import get_renditions
from tests.factories import DocumentFactory, ImageFactory, restricted_collection
from tests.support.live_server import (  # noqa: F401 (fixtures)
    _restorable_database,
    media_through_the_cms,
)

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("media_through_the_cms"),
]


@pytest.fixture
def restricted() -> Collection:
    return restricted_collection("Legal drafts")


def on(server, path: str) -> str:
    return f"{server.url}/media/{path}"


def status(url: str) -> int:
    return requests.get(url, timeout=30).status_code


def test_the_dev_and_test_media_storage_is_the_checking_one():
    assert isinstance(default_storage, LocalMediaStorage)


def test_a_public_rendition_loads_by_its_plain_url(live_server):
    rendition = get_renditions(ImageFactory(), "width-200")["width-200"]
    assert rendition.url == f"/media/{rendition.file.name}"
    assert status(live_server.url + rendition.url) == 200


def test_a_restricted_document_is_not_served_by_its_file_path(live_server, restricted):
    document = DocumentFactory(collection=restricted)
    assert status(on(live_server, document.file.name)) == 403


def test_a_restricted_document_downloads_only_through_the_checking_serve_view(
    live_server, restricted
):
    document = DocumentFactory(collection=restricted)
    response = requests.get(
        f"{live_server.url}/documents/{document.pk}/{document.filename}",
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/_util/login/")


def test_a_public_document_downloads_through_the_serve_view(live_server):
    document = DocumentFactory()
    response = requests.get(
        f"{live_server.url}/documents/{document.pk}/{document.filename}", timeout=30
    )
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")


def test_a_rendition_of_a_restricted_image_needs_its_signed_url(live_server, restricted):
    rendition = get_renditions(ImageFactory(collection=restricted), "width-200")["width-200"]
    assert rendition.file.name.startswith("private/images/")
    assert status(on(live_server, rendition.file.name)) == 403
    signed = live_server.url + rendition.url
    assert "?signature=" in signed
    response = requests.get(signed, timeout=30)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "private, no-store"


def test_an_original_needs_its_signed_url(live_server):
    image = ImageFactory()
    assert status(on(live_server, image.file.name)) == 403
    assert status(live_server.url + image.file.url) == 200


def test_a_signed_url_expires_after_five_minutes(live_server):
    image = ImageFactory()
    signed = live_server.url + image.file.url
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=6)
    with time_machine.travel(later):
        assert status(signed) == 403


def test_a_signature_is_bound_to_its_file(live_server):
    first, second = ImageFactory(), ImageFactory()
    signature = first.file.url.split("?", 1)[1]
    assert status(f"{on(live_server, second.file.name)}?{signature}") == 403


def test_a_public_prefix_does_not_open_a_path_that_climbs_out_of_it():
    image = ImageFactory()
    response = Client().get(f"/media/images/../{image.file.name}")
    assert response.status_code == 403
