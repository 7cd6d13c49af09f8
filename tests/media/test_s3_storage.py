"""Originals, renditions and documents go to the S3 bucket; public URLs are absolute."""

import json
from io import StringIO

import pytest
import requests
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.urls import reverse

from cms.media.models import NewsroomDocument, NewsroomImage
from cms.media.renditions import get_renditions
from cms.media.urls import absolute_url
from tests.media.conftest import use_s3_storage
from tests.media.uploads import add_document, add_image, jpeg_upload, pdf_upload


def rendition_url(image, spec: str) -> str:
    """As the API resolves a rendition's URL (cms/api/media/loaders.py)."""
    return absolute_url(get_renditions(image, spec)[spec].url)


pytestmark = pytest.mark.django_db


@pytest.mark.postgres
def test_an_image_uploaded_in_the_admin_is_stored_in_the_bucket(admin_client, bucket):
    response = add_image(admin_client, jpeg_upload("protest.jpg"))
    assert response.status_code == 302
    image = NewsroomImage.objects.get()
    assert bucket.objects("original_images/") == [image.file.name]


@pytest.mark.postgres
def test_a_pdf_uploaded_in_the_admin_is_stored_in_the_bucket(admin_client, bucket):
    response = add_document(admin_client, pdf_upload("annual-report.pdf"))
    assert response.status_code == 302
    document = NewsroomDocument.objects.get()
    assert bucket.objects("documents/") == [document.file.name]


def test_uploads_with_the_same_file_name_never_overwrite_each_other(admin_client, bucket):
    add_image(admin_client, jpeg_upload("same.jpg"))
    add_image(admin_client, jpeg_upload("same.jpg"))
    names = sorted(NewsroomImage.objects.values_list("file", flat=True))
    assert len(set(names)) == 2
    assert bucket.objects("original_images/") == names


def test_a_rendition_url_is_absolute_unsigned_and_fetchable_from_the_endpoint(admin_client, bucket):
    add_image(admin_client, jpeg_upload())
    url = rendition_url(NewsroomImage.objects.get(), "fill-320x240")
    assert url.startswith(f"{bucket.endpoint.url}/{bucket.name}/images/")
    assert "?" not in url
    response = requests.get(url, timeout=5)
    assert response.status_code == 200
    assert response.content.startswith(b"\xff\xd8")


def test_a_rendition_url_points_at_the_cdn_domain_when_one_is_set(admin_client, bucket, settings):
    use_s3_storage(
        settings,
        bucket.endpoint.url,
        bucket.name,
        AWS_S3_CUSTOM_DOMAIN="media.example.org",
        AWS_LOCATION="newsroom",
    )
    add_image(admin_client, jpeg_upload())
    url = rendition_url(NewsroomImage.objects.get(), "width-200")
    assert url.startswith("https://media.example.org/newsroom/images/")
    assert all(key.startswith("newsroom/") for key in bucket.objects())


def test_originals_and_documents_get_short_lived_signed_urls_only(admin_client, bucket):
    add_image(admin_client, jpeg_upload())
    original = NewsroomImage.objects.get().file
    url = default_storage.url(original.name)
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=300" in url
    assert requests.get(url, timeout=5).status_code == 200


def test_an_original_is_not_readable_without_a_signature(admin_client, bucket):
    add_image(admin_client, jpeg_upload())
    name = NewsroomImage.objects.get().file.name
    unsigned = f"{bucket.endpoint.url}/{bucket.name}/{name}"
    assert requests.get(unsigned, timeout=5).status_code == 403


def test_the_printed_bucket_policy_makes_renditions_public_and_nothing_else(bucket):
    output = StringIO()
    call_command("media_bucket_policy", stdout=output)
    (statement,) = json.loads(output.getvalue())["Statement"]
    assert statement["Resource"] == [f"arn:aws:s3:::{bucket.name}/images/*"]
    assert statement["Action"] == ["s3:GetObject"]


def test_deleting_an_image_removes_its_original_and_renditions_from_the_bucket(
    admin_client, bucket, django_capture_on_commit_callbacks
):
    add_image(admin_client, jpeg_upload())
    image = NewsroomImage.objects.get()
    get_renditions(image, "width-200")
    assert bucket.objects("original_images/") and bucket.objects("images/")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailimages:delete", args=[image.pk]))
    assert response.status_code == 302
    assert bucket.objects() == []
