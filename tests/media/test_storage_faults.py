"""When the storage is down, slow or failing, an upload ends in a clear admin message and
leaves nothing behind: no row, no object in the bucket."""

import time

import pytest
from django.contrib.messages import get_messages
from django.db import OperationalError, connection
from wagtail.models import UploadedFile

from cms.media.faults import STORAGE_UNAVAILABLE_MESSAGE
from cms.media.middleware import UPLOAD_NOT_SAVED_MESSAGE
from cms.media.models import NewsroomDocument, NewsroomImage
from cms.media.renditions import RenditionUnavailable, get_renditions
from tests.media.conftest import use_s3_storage
from tests.media.uploads import (
    add_document,
    add_image,
    add_images_multiple,
    jpeg_upload,
    pdf_upload,
)
from tests.support.s3 import FaultProxy, start_moto

pytestmark = pytest.mark.django_db


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def assert_nothing_stored(bucket) -> None:
    assert not NewsroomImage.objects.exists()
    assert not NewsroomDocument.objects.exists()
    assert not UploadedFile.objects.exists()
    assert bucket.objects() == []


@pytest.fixture
def stopped_storage(bucket, settings):
    """The bucket's own S3 server, stopped: uploads meet a refused connection."""
    server = start_moto()
    use_s3_storage(settings, server.url, bucket.name)
    server.server.stop()
    return bucket


@pytest.fixture
def failing_storage(bucket, settings, request):
    with FaultProxy(status=request.param) as proxy:
        use_s3_storage(settings, proxy.url, bucket.name)
        yield bucket


@pytest.fixture
def slow_storage(bucket, settings):
    with FaultProxy(delay=10) as proxy:
        use_s3_storage(settings, proxy.url, bucket.name)
        yield bucket


def test_an_image_upload_to_a_stopped_storage_ends_in_a_message(admin_client, stopped_storage):
    response = add_image(admin_client, jpeg_upload())
    assert response.status_code == 302
    assert messages_of(response) == [STORAGE_UNAVAILABLE_MESSAGE]
    assert_nothing_stored(stopped_storage)


def test_a_document_upload_to_a_stopped_storage_ends_in_a_message(admin_client, stopped_storage):
    response = add_document(admin_client, pdf_upload())
    assert messages_of(response) == [STORAGE_UNAVAILABLE_MESSAGE]
    assert_nothing_stored(stopped_storage)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # saves outside atomic
def test_the_multiple_uploader_reports_a_stopped_storage_next_to_the_file(
    admin_client, stopped_storage
):
    answer = add_images_multiple(admin_client, jpeg_upload()).json()
    assert answer == {"success": False, "error_message": STORAGE_UNAVAILABLE_MESSAGE}
    assert_nothing_stored(stopped_storage)


@pytest.mark.parametrize("failing_storage", [500, 503], indirect=True)
def test_an_upload_to_a_storage_answering_5xx_ends_in_a_message(admin_client, failing_storage):
    response = add_image(admin_client, jpeg_upload())
    assert messages_of(response) == [STORAGE_UNAVAILABLE_MESSAGE]
    assert_nothing_stored(failing_storage)


def test_an_upload_to_a_slow_storage_gives_up_within_seconds(admin_client, slow_storage):
    started = time.monotonic()
    response = add_image(admin_client, jpeg_upload())
    assert time.monotonic() - started < 6  # the storage would hold it for 10 s
    assert messages_of(response) == [STORAGE_UNAVAILABLE_MESSAGE]
    assert_nothing_stored(slow_storage)


def failing_insert_into(table: str):
    """The database refuses the row after the file went to the storage."""

    def execute(run, sql, params, many, context):
        if sql.lstrip().upper().startswith(f'INSERT INTO "{table.upper()}"'):
            raise OperationalError("database unavailable (injected)")
        return run(sql, params, many, context)

    return connection.execute_wrapper(execute)


@pytest.mark.postgres
def test_an_image_whose_row_cannot_be_written_leaves_no_object(admin_client, bucket):
    with failing_insert_into("media_newsroomimage"):
        response = add_image(admin_client, jpeg_upload())
    assert messages_of(response) == [UPLOAD_NOT_SAVED_MESSAGE]
    assert_nothing_stored(bucket)


@pytest.mark.postgres
def test_a_document_whose_row_cannot_be_written_leaves_no_object(admin_client, bucket):
    with failing_insert_into("media_newsroomdocument"):
        response = add_document(admin_client, pdf_upload())
    assert messages_of(response) == [UPLOAD_NOT_SAVED_MESSAGE]
    assert_nothing_stored(bucket)


def test_a_rendition_that_cannot_be_generated_raises_rendition_unavailable(
    admin_client, bucket, settings
):
    add_image(admin_client, jpeg_upload())
    image = NewsroomImage.objects.get()
    with FaultProxy(status=503) as proxy:
        use_s3_storage(settings, proxy.url, bucket.name)
        with pytest.raises(RenditionUnavailable):
            get_renditions(image, "width-300")
    assert not image.renditions.exists()
    assert bucket.objects("images/") == []


def test_an_existing_rendition_is_served_while_the_storage_is_down(admin_client, bucket, settings):
    add_image(admin_client, jpeg_upload())
    image = NewsroomImage.objects.get()
    made = get_renditions(image, "width-300")["width-300"]
    with FaultProxy(status=503) as proxy:
        use_s3_storage(settings, proxy.url, bucket.name)
        found = get_renditions(NewsroomImage.objects.get(), "width-300")["width-300"]
        assert proxy.requests == 0
    assert found.pk == made.pk


def test_an_admin_page_that_needs_the_storage_shows_a_message_instead_of_a_server_error(
    admin_client, bucket, settings
):
    add_image(admin_client, jpeg_upload())
    with FaultProxy(status=503) as proxy:
        use_s3_storage(settings, proxy.url, bucket.name)
        response = admin_client.get("/admin/images/")
    assert response.status_code == 503
    assert STORAGE_UNAVAILABLE_MESSAGE in response.content.decode()


def test_a_rendition_whose_row_cannot_be_written_leaves_no_object(admin_client, bucket):
    add_image(admin_client, jpeg_upload())
    image = NewsroomImage.objects.get()
    with failing_insert_into("media_newsroomrendition"), pytest.raises(OperationalError):
        image.get_rendition("width-300")
    assert bucket.objects("images/") == []
