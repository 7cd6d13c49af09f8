"""Documents in private collections never get a public URL; public ones are served through a
permission-checked view that redirects to a short-lived signed URL."""

import pytest
import requests
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from cms.media.urls import is_publicly_visible, private_collection_ids, public_document_url
from tests.factories import DocumentFactory, ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_collection() -> Collection:
    collection = Collection.get_first_root_node().add_child(name="Embargoed reports")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Editors")])
    return collection


def test_a_document_in_a_public_collection_has_an_absolute_url_on_the_serve_view(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://cms.example.org"
    document = DocumentFactory()
    assert public_document_url(document) == (
        f"https://cms.example.org/documents/{document.pk}/{document.filename}"
    )


def test_a_document_in_a_private_collection_has_no_public_url(private_collection):
    assert public_document_url(DocumentFactory(collection=private_collection)) is None


def test_a_document_below_a_private_collection_is_private_too(private_collection):
    child = private_collection.add_child(name="Drafts")
    assert public_document_url(DocumentFactory(collection=child)) is None


def test_an_image_in_a_private_collection_is_not_publicly_visible(private_collection):
    assert not is_publicly_visible(ImageFactory(collection=private_collection))
    assert is_publicly_visible(ImageFactory())


def test_privacy_of_many_items_is_decided_with_two_queries(
    private_collection, django_assert_num_queries
):
    documents = [DocumentFactory(collection=private_collection), DocumentFactory()]
    with django_assert_num_queries(2):
        private = private_collection_ids()
        urls = [public_document_url(d, private_collections=private) for d in documents]
    assert urls[0] is None and urls[1] is not None


def test_the_serve_view_redirects_a_public_document_to_a_short_lived_signed_url(client, bucket):
    document = DocumentFactory()
    response = client.get(f"/documents/{document.pk}/{document.filename}")
    assert response.status_code == 302
    signed = response["Location"]
    assert signed.startswith(f"{bucket.endpoint.url}/{bucket.name}/documents/")
    assert "X-Amz-Expires=300" in signed
    assert requests.get(signed, timeout=5).status_code == 200


def test_the_serve_view_refuses_a_private_document_to_an_anonymous_visitor(
    client, bucket, private_collection
):
    document = DocumentFactory(collection=private_collection)
    response = client.get(f"/documents/{document.pk}/{document.filename}")
    assert response.status_code == 302
    assert bucket.endpoint.url not in response["Location"]
    assert response["Location"].startswith("/_util/login/")  # Wagtail asks to log in


def test_a_private_document_object_is_not_readable_without_a_signature(bucket, private_collection):
    document = DocumentFactory(collection=private_collection)
    unsigned = f"{bucket.endpoint.url}/{bucket.name}/{document.file.name}"
    assert requests.get(unsigned, timeout=5).status_code == 403
