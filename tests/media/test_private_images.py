"""Images (and documents) in a login-, password- or group-restricted collection: originals and
every rendition private on S3 (renditions under `private/images/`, outside the bucket policy's public
`images/`), read only by short-lived signed URLs handed to those allowed (editors in the admin,
a preview token); whichever door moves an image across the restriction, its renditions follow
and cached answers are dropped. Real moto S3 server, API over real HTTP, response cache on."""

import datetime
import html
import re

import pytest
import requests
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction

from cms.embargo.links import EmbargoLink
from cms.embargo.sending import embargo_link_url, send_embargo
from cms.media.models import NewsroomDocument, NewsroomImage
from cms.media.renditions import get_renditions
from tests.embargo.conftest import token_of
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    JournalistFactory,
    PressListFactory,
    PressReleasePageFactory,
    ReportPageFactory,
    restricted_collection,
)
from tests.support.live_server import _restorable_database  # noqa: F401 (autouse fixture)

from .uploads import edit_image

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

HERO = """query($path: String!) { page(urlPath: $path) { ... on NewsItem {
  heroImage { rendition(width: 480) { url } } } } }"""
EMBARGOED = """query($token: String!) { page(embargoToken: $token) { ... on NewsItem {
  heroImage { rendition(width: 480) { url } } } } }"""
PREVIEW = """query($token: String!) { page(previewToken: $token) { ... on NewsItem {
  heroImage { rendition(width: 480) { url } } } } }"""


@pytest.fixture(autouse=True)
def response_cache_on(settings):
    settings.NEWSROOM_API_CACHE_ENABLED = True


def new_collection(name: str, parent: Collection | None = None) -> Collection:
    return (parent or Collection.get_first_root_node()).add_child(name=name)


@pytest.fixture
def restricted() -> Collection:
    return restricted_collection("Embargoed photographs")


def rendition(image: NewsroomImage, spec: str = "width-480"):
    return get_renditions(NewsroomImage.objects.get(pk=image.pk), spec)[spec]


def unsigned(bucket, name: str) -> str:
    return f"{bucket.endpoint.url}/{bucket.name}/{name}"


def readable_without_signature(bucket, name: str) -> bool:
    return requests.get(unsigned(bucket, name), timeout=5).status_code == 200


def api(server, query: str, variables: dict) -> dict:
    response = requests.post(
        f"{server.url}/graphql/", json={"query": query, "variables": variables}, timeout=30
    )
    assert response.status_code == 200, response.text
    return response


def hero_of(server, path: str) -> dict | None:
    return api(server, HERO, {"path": path}).json()["data"]["page"]["heroImage"]


@pytest.mark.parametrize(
    "kind",
    [
        CollectionViewRestriction.LOGIN,
        CollectionViewRestriction.PASSWORD,
        CollectionViewRestriction.GROUPS,
    ],
)
def test_every_rendition_of_a_restricted_image_is_stored_under_the_private_prefix(bucket, kind):
    image = ImageFactory(collection=restricted_collection(kind=kind))
    for spec in ("width-480", "fill-1200x630", "max-165x165"):
        assert rendition(image, spec).file.name.startswith("private/images/")
    assert bucket.objects("images/") == []


def test_a_private_rendition_is_refused_unsigned_and_served_by_a_short_lived_signed_url(
    bucket, restricted
):
    stored = rendition(ImageFactory(collection=restricted))
    assert not readable_without_signature(bucket, stored.file.name)
    assert "X-Amz-Expires=300" in stored.url
    assert requests.get(stored.url, timeout=5).status_code == 200


def test_the_original_of_a_restricted_image_is_not_readable_without_a_signature(bucket, restricted):
    image = ImageFactory(collection=restricted)
    assert not readable_without_signature(bucket, image.file.name)


def test_images_below_a_restricted_collection_are_private_too(bucket, restricted):
    image = ImageFactory(collection=new_collection("Drafts", parent=restricted))
    assert rendition(image).file.name.startswith("private/images/")


def test_a_public_images_renditions_stay_public(bucket):
    stored = rendition(ImageFactory())
    assert stored.file.name.startswith("images/")
    assert readable_without_signature(bucket, stored.file.name)


def test_an_editor_sees_a_restricted_image_in_the_admin_by_a_signed_url(
    admin_client, bucket, restricted
):
    ImageFactory(collection=restricted)
    page = admin_client.get(reverse("wagtailimages:index")).content.decode()
    (thumbnail,) = re.findall(r'src="([^"]*/private/images/[^"]*)"', page)
    thumbnail = html.unescape(thumbnail)
    assert "X-Amz-Signature=" in thumbnail
    assert requests.get(thumbnail, timeout=5).status_code == 200


def test_anonymous_readers_get_no_restricted_image_and_no_private_url_over_http(
    live_server, bucket, restricted, newsroom
):
    PressReleasePageFactory(
        parent=newsroom, slug="secret-photo", hero_image=ImageFactory(collection=restricted)
    )
    for _ in range(2):  # the second answer comes from the response cache
        response = api(live_server, HERO, {"path": "/newsroom/secret-photo/"})
        assert response.json()["data"]["page"] == {"heroImage": None}
        assert "private/" not in response.text and bucket.name not in response.text


def test_a_preview_token_shows_a_restricted_hero_image_by_a_signed_url_in_a_private_answer(
    live_server, bucket, restricted, newsroom
):
    draft = PressReleasePageFactory(parent=newsroom, slug="draft", live=False)
    draft.hero_image = ImageFactory(collection=restricted)
    token = draft.create_page_preview().token
    response = api(live_server, PREVIEW, {"token": token})
    url = response.json()["data"]["page"]["heroImage"]["rendition"]["url"]
    assert url.startswith(f"{bucket.endpoint.url}/{bucket.name}/private/images/")
    assert "X-Amz-Expires=300" in url
    assert requests.get(url, timeout=5).status_code == 200
    assert response.headers["Cache-Control"] == "private, no-store"


def test_a_preview_token_admits_only_its_own_pages_media(live_server, bucket, restricted, newsroom):
    PressReleasePageFactory(
        parent=newsroom, slug="other", hero_image=ImageFactory(collection=restricted)
    )
    draft = PressReleasePageFactory(parent=newsroom, slug="draft", live=False)
    token = draft.create_page_preview().token
    query = """query($token: String!) { page(previewToken: $token) { title }
      newsItems { edges { node { heroImage { id } } } } }"""
    edges = api(live_server, query, {"token": token}).json()["data"]["newsItems"]["edges"]
    assert edges == [{"node": {"heroImage": None}}]


def test_an_embargo_link_shows_its_releases_restricted_hero_image_by_a_signed_url(
    live_server, bucket, restricted, newsroom
):
    release = PressReleasePageFactory(
        parent=newsroom, live=False, hero_image=ImageFactory(collection=restricted)
    )
    release.go_live_at = timezone.now() + datetime.timedelta(days=2)
    release.save_revision().publish()
    send_embargo(release, PressListFactory(journalists=[JournalistFactory()]))
    token = token_of(embargo_link_url(EmbargoLink.objects.get()))
    response = api(live_server, EMBARGOED, {"token": token})
    url = response.json()["data"]["page"]["heroImage"]["rendition"]["url"]
    assert "/private/images/" in url and "X-Amz-Expires=300" in url
    assert requests.get(url, timeout=5).status_code == 200
    assert response.headers["Cache-Control"] == "private, no-store"


# Moving across the restriction, door by door.


@pytest.fixture
def public_photo(bucket, newsroom):
    """A public image shown on a live page, its rendition public and cached in an answer."""
    image = ImageFactory()
    PressReleasePageFactory(parent=newsroom, slug="photo", hero_image=image)
    return image


def assert_now_private(bucket, live_server, image, public_names: list[str]):
    assert not any(readable_without_signature(bucket, name) for name in public_names)
    assert bucket.objects("images/") == []
    assert hero_of(live_server, "/newsroom/photo/") is None
    assert rendition(image).file.name.startswith("private/images/")


def public_renditions(live_server, image) -> list[str]:
    """The answer is cached and the rendition public (checked), as before any move."""
    assert hero_of(live_server, "/newsroom/photo/") is not None
    names = list(image.renditions.values_list("file", flat=True))
    assert names and all(name.startswith("images/") for name in names)
    return names


def test_moving_an_image_into_a_restricted_collection_in_the_admin_makes_it_private(
    live_server, admin_client, bucket, public_photo, restricted
):
    names = public_renditions(live_server, public_photo)
    response = edit_image(admin_client, public_photo, collection=restricted.pk)
    assert response.status_code == 302
    assert_now_private(bucket, live_server, public_photo, names)


def test_the_bulk_add_to_collection_action_makes_moved_images_private(
    live_server, admin_client, bucket, public_photo, restricted
):
    names = public_renditions(live_server, public_photo)
    url = reverse("wagtail_bulk_action", args=["media", "newsroomimage", "add_to_collection"])
    response = admin_client.post(
        f"{url}?id={public_photo.pk}&next=/admin/images/", {"collection": restricted.pk}
    )
    assert response.status_code == 302
    assert NewsroomImage.objects.get(pk=public_photo.pk).collection_id == restricted.pk
    assert_now_private(bucket, live_server, public_photo, names)


def test_restricting_the_images_collection_makes_it_private(
    live_server, admin_client, bucket, public_photo
):
    names = public_renditions(live_server, public_photo)
    url = reverse("wagtailadmin_collections:set_privacy", args=[public_photo.collection_id])
    response = admin_client.post(url, {"restriction_type": "login"})
    assert response.status_code == 200
    assert CollectionViewRestriction.objects.filter(collection=public_photo.collection).exists()
    assert_now_private(bucket, live_server, public_photo, names)


def test_moving_the_images_collection_below_a_restricted_one_makes_it_private(
    live_server, admin_client, bucket, newsroom, restricted
):
    collection = new_collection("Wire photographs")
    image = ImageFactory(collection=collection)
    PressReleasePageFactory(parent=newsroom, slug="photo", hero_image=image)
    names = public_renditions(live_server, image)
    response = admin_client.post(
        reverse("wagtailadmin_collections:edit", args=[collection.pk]),
        {"name": collection.name, "parent": restricted.pk},
    )
    assert response.status_code == 302
    assert_now_private(bucket, live_server, image, names)


def test_lifting_the_restriction_moves_renditions_back_to_the_public_prefix(
    live_server, bucket, newsroom, restricted
):
    image = ImageFactory(collection=restricted)
    PressReleasePageFactory(parent=newsroom, slug="photo", hero_image=image)
    private_name = rendition(image).file.name
    assert hero_of(live_server, "/newsroom/photo/") is None
    CollectionViewRestriction.objects.filter(collection=restricted).delete()
    assert bucket.objects("private/") == []
    url = hero_of(live_server, "/newsroom/photo/")["rendition"]["url"]
    assert url.startswith(f"{bucket.endpoint.url}/{bucket.name}/images/") and "?" not in url
    assert requests.get(url, timeout=5).status_code == 200
    assert private_name not in bucket.objects()


def test_the_bulk_add_to_collection_action_takes_a_document_out_of_cached_answers(
    live_server, admin_client, bucket, newsroom, restricted
):
    """Documents are private on the bucket in every collection; moving one only changes who
    the serve view lets download it, and which answers may show it."""
    document = DocumentFactory()
    ReportPageFactory(parent=newsroom, slug="report", report_document=document)
    assert report_document_of(live_server) is not None
    url = reverse("wagtail_bulk_action", args=["media", "newsroomdocument", "add_to_collection"])
    response = admin_client.post(
        f"{url}?id={document.pk}&next=/admin/documents/", {"collection": restricted.pk}
    )
    assert response.status_code == 302
    assert NewsroomDocument.objects.get(pk=document.pk).collection_id == restricted.pk
    assert report_document_of(live_server) is None
    download = requests.get(
        f"{live_server.url}/documents/{document.pk}/{document.filename}",
        allow_redirects=False,
        timeout=30,
    )
    assert download.headers["Location"].startswith("/_util/login/")
    assert not readable_without_signature(bucket, document.file.name)


def report_document_of(server) -> dict | None:
    query = (
        '{ page(urlPath: "/newsroom/report/") { ... on ReportPage { reportDocument { url } } } }'
    )
    return api(server, query, {}).json()["data"]["page"]["reportDocument"]
