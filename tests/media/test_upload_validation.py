"""Bad uploads are refused with a message an editor understands, and nothing is stored:
no Image/Document row, no pending upload, no object in the bucket."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import UploadedFile

from cms.media.models import NewsroomDocument, NewsroomImage
from cms.media.validation import (
    DAMAGED_IMAGE,
    NOT_AN_IMAGE,
    SVG_REFUSED,
    check_report_document,
)
from tests.factories import DocumentFactory
from tests.media import bad_files
from tests.media.uploads import (
    add_document,
    add_documents_multiple,
    add_image,
    add_images_multiple,
    form_errors,
    image_bytes,
    pdf_upload,
    upload_file,
)

pytestmark = [
    pytest.mark.django_db,
    # Pillow warns about the decompression bomb we send on purpose.
    pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning"),
]

BAD_IMAGES = {  # file, the message the editor reads
    "text renamed .jpg": (
        upload_file("photo.jpg", b"just some text, not a photograph\n" * 20),
        str(NOT_AN_IMAGE),
    ),
    "truncated jpeg": (upload_file("photo.jpg", bad_files.truncated_jpeg()), str(DAMAGED_IMAGE)),
    "decompression bomb": (upload_file("bomb.png", bad_files.png_bomb()), "too large in pixels"),
    "svg": (upload_file("logo.svg", bad_files.SVG, "image/svg+xml"), str(SVG_REFUSED)),
    "svg renamed .png": (upload_file("logo.png", bad_files.SVG), str(SVG_REFUSED)),
    "png renamed .jpg": (
        upload_file("photo.jpg", image_bytes("PNG")),
        "Not a valid .jpeg image. The extension does not match the file format (png)",
    ),
}

BAD_DOCUMENTS = {
    "web page renamed .pdf": (upload_file("report.pdf", bad_files.HTML_AS_PDF), "not a real PDF"),
    "truncated pdf": (pdf_upload("report.pdf", bad_files.TRUNCATED_PDF), "not a real PDF"),
    "program": (upload_file("setup.exe", b"MZ\x90\x00" * 64), "Files of type “.exe” are not"),
    "text renamed .docx": (upload_file("notes.docx", b"plain text"), "not a real Word document"),
}


def fresh(upload):
    upload.seek(0)
    return upload


def assert_nothing_stored(bucket) -> None:
    assert not NewsroomImage.objects.exists()
    assert not NewsroomDocument.objects.exists()
    assert not UploadedFile.objects.exists()
    assert bucket.objects() == []


BAD_UPLOADS = [
    *((add_image, add_images_multiple, *BAD_IMAGES[case], case) for case in BAD_IMAGES),
    *((add_document, add_documents_multiple, *BAD_DOCUMENTS[case], case) for case in BAD_DOCUMENTS),
]
DOORS = pytest.mark.parametrize(
    "add, add_multiple, upload, message",
    [pytest.param(*case[:4], id=case[4]) for case in BAD_UPLOADS],
)


@DOORS
def test_a_bad_file_is_refused_by_the_add_form(
    admin_client, bucket, add, add_multiple, upload, message
):
    response = add(admin_client, fresh(upload))
    assert response.status_code == 200
    assert any(message in error for error in form_errors(response))
    assert_nothing_stored(bucket)


@DOORS
def test_a_bad_file_is_refused_by_the_multiple_uploader(
    admin_client, bucket, add, add_multiple, upload, message
):
    answer = add_multiple(admin_client, fresh(upload)).json()
    assert answer["success"] is False
    assert message in answer["error_message"]
    assert_nothing_stored(bucket)


def test_an_image_over_the_size_limit_is_refused(admin_client, bucket, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 50_000
    response = add_image(admin_client, upload_file("big.jpg", bad_files.noisy_jpeg()))
    assert "This file is too big" in form_errors(response)[0]
    assert_nothing_stored(bucket)


def test_a_document_over_the_size_limit_is_refused(admin_client, bucket, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100
    response = add_document(admin_client, pdf_upload())
    assert "This file is too big" in form_errors(response)[0]
    assert_nothing_stored(bucket)


def test_a_real_pdf_is_accepted(admin_client, bucket):
    assert add_document(admin_client, pdf_upload()).status_code == 302
    assert NewsroomDocument.objects.get().file.name in bucket.objects()


def test_a_report_document_must_be_a_pdf():
    check_report_document(DocumentFactory(file__filename="report.pdf"))
    with pytest.raises(ValidationError, match="must be a PDF"):
        check_report_document(DocumentFactory(file__filename="report.docx"))
