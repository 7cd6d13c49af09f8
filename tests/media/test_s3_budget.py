"""Budgets on the S3 endpoint: resolving rendition URLs makes no storage request in steady
state, and uploads and renditions take well under two seconds on loopback.

The figures are printed (`pytest tests/media/test_s3_budget.py -s`) for the resolution note.
"""

import statistics
import time

import pytest
from django.core.files.storage import default_storage

from cms.media.models import NewsroomImage
from cms.media.renditions import get_renditions
from cms.media.urls import absolute_url
from tests.factories import ImageFactory
from tests.media.uploads import add_image, jpeg_upload
from tests.support.s3 import counting_s3_calls


def rendition_url(image, spec: str) -> str:
    """As the API resolves a rendition's URL (cms/api/media/loaders.py)."""
    return absolute_url(get_renditions(image, spec)[spec].url)


pytestmark = pytest.mark.django_db

SPECS = ("width-400", "width-800", "fill-300x200")


def report(capsys, line: str) -> None:
    with capsys.disabled():
        print(f"\n[media budget] {line}")


def test_the_counter_sees_storage_calls(bucket):
    with counting_s3_calls() as calls:
        default_storage.exists("images/nothing.jpg")
    assert calls == ["HeadObject"]


def test_resolving_rendition_urls_for_a_listing_makes_no_s3_call(bucket, capsys):
    for _ in range(5):
        image = ImageFactory()
        get_renditions(image, *SPECS)
    with counting_s3_calls() as calls:
        images = NewsroomImage.objects.prefetch_renditions(*SPECS)
        urls = [rendition_url(image, spec) for image in images for spec in SPECS]
    assert len(urls) == 15 and all(url.startswith(bucket.endpoint.url) for url in urls)
    report(capsys, f"S3 calls to resolve {len(urls)} existing rendition URLs: {len(calls)}")
    assert calls == []


def test_resolving_an_existing_rendition_without_prefetching_makes_no_s3_call(bucket):
    get_renditions(ImageFactory(), "width-400")
    with counting_s3_calls() as calls:
        rendition_url(NewsroomImage.objects.get(), "width-400")
    assert calls == []


def test_an_upload_and_a_first_rendition_take_well_under_two_seconds_on_loopback(
    admin_client, bucket, capsys
):
    uploads, renditions = [], []
    for number in range(5):
        started = time.perf_counter()
        add_image(admin_client, jpeg_upload(f"photo-{number}.jpg", size=(1600, 1200)))
        uploads.append(time.perf_counter() - started)
    for image in NewsroomImage.objects.all():
        started = time.perf_counter()
        image.get_rendition("width-800|format-jpeg")
        renditions.append(time.perf_counter() - started)
    upload_ms, rendition_ms = (statistics.median(t) * 1000 for t in (uploads, renditions))
    report(
        capsys,
        f"median of 5 on loopback moto: admin upload of a 1600x1200 JPEG {upload_ms:.0f} ms, "
        f"first width-800 rendition {rendition_ms:.0f} ms",
    )
    assert upload_ms < 2000 and rendition_ms < 2000
