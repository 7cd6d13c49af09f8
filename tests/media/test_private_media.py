"""Documents are downloaded through a permission-checked view that redirects to a short-lived
signed URL; the API never gives a private one (tests/api/test_privacy.py)."""

import pytest
import requests
from wagtail.models import Collection

from tests.factories import DocumentFactory, restricted_collection

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_collection() -> Collection:
    return restricted_collection("Embargoed reports", kind="groups")


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
