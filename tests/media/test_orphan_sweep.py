"""`manage.py sweep_orphan_media` deletes stored files that no row points at, and only those."""

import datetime
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from cms.media.models import NewsroomImage
from cms.media.orphans import find_orphans
from tests.media.conftest import use_s3_storage
from tests.media.uploads import add_document, add_image, jpeg_upload, pdf_upload

pytestmark = pytest.mark.django_db


def leave_orphan(name: str = "original_images/left-behind.jpg") -> str:
    """What a crash between the upload and the row leaves behind."""
    return default_storage.save(name, ContentFile(b"\xff\xd8 orphan"))


def sweep(*args: str) -> str:
    output = StringIO()
    call_command("sweep_orphan_media", *args, stdout=output)
    return output.getvalue()


@pytest.mark.postgres
def test_the_sweep_deletes_an_orphan_and_keeps_every_referenced_file(admin_client, bucket):
    add_image(admin_client, jpeg_upload())
    add_document(admin_client, pdf_upload())
    NewsroomImage.objects.get().get_rendition("width-100")
    referenced = bucket.objects()
    orphan = leave_orphan()
    output = sweep("--older-than", "0")
    assert f"Deleted {orphan}" in output
    assert bucket.objects() == referenced
    assert len(referenced) == 3


def test_the_sweep_leaves_recent_files_alone_because_their_row_may_be_on_its_way(bucket):
    orphan = leave_orphan()
    assert "Deleted 0 orphaned media file(s)." in sweep()
    assert bucket.objects() == [orphan]


def test_a_dry_run_lists_orphans_without_deleting_them(bucket):
    orphan = leave_orphan("documents/draft.pdf")
    assert f"Would delete {orphan}" in sweep("--older-than", "0", "--dry-run")
    assert bucket.objects() == [orphan]


def test_the_sweep_finds_orphans_under_a_location_prefix(bucket, settings):
    use_s3_storage(settings, bucket.endpoint.url, bucket.name, AWS_LOCATION="newsroom")
    leave_orphan("images/stale.jpg")
    assert find_orphans(older_than=datetime.timedelta(0)) == ["images/stale.jpg"]


def test_the_sweep_works_on_local_disk_too(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    orphan = leave_orphan()
    sweep("--older-than", "0")
    assert not (tmp_path / orphan).exists()


def test_a_private_rendition_left_behind_is_swept_too(bucket):
    orphan = leave_orphan("private/images/left-behind.width-800.jpg")
    assert find_orphans(older_than=datetime.timedelta(0)) == [orphan]
