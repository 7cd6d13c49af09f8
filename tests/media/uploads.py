"""Real multipart uploads through the admin's own views, and the files editors send."""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

CREDIT = "Photo by MAHMUD TURKIA/AFP via Getty Images"

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def image_bytes(fmt: str = "JPEG", size: tuple[int, int] = (640, 480)) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, (120, 90, 60)).save(buffer, format=fmt)
    return buffer.getvalue()


def upload_file(name: str, content: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def jpeg_upload(name: str = "protest.jpg", size: tuple[int, int] = (640, 480)):
    return upload_file(name, image_bytes("JPEG", size), "image/jpeg")


def pdf_upload(name: str = "report.pdf", content: bytes = MINIMAL_PDF):
    return upload_file(name, content, "application/pdf")


def add_image(client, file, **fields):
    """POST the admin's "Add an image" form."""
    data = {
        "title": "Protest in Tripoli",
        "file": file,
        "alt_text": "Protesters in a square",
        "caption": "",
        "credit": CREDIT,
        "licence": "",
        "source_url": "",
        "tags": "",
        **fields,
    }
    return client.post(reverse("wagtailimages:add"), data)


def edit_image(client, image, **fields):
    """POST the admin's image edit form with the image's own values, changed by `fields`."""
    data = {
        "title": image.title,
        "alt_text": image.alt_text,
        "is_decorative": "on" if image.is_decorative else "",
        "caption": image.caption,
        "credit": image.credit,
        "licence": image.licence,
        "source_url": image.source_url,
        "collection": image.collection_id,
        "tags": "",
        **fields,
    }
    data = {key: value for key, value in data.items() if value != ""}
    return client.post(reverse("wagtailimages:edit", args=[image.pk]), data)


def add_images_multiple(client, file):
    """POST one file to the admin's multiple image uploader (as its JavaScript does)."""
    return client.post(reverse("wagtailimages:add_multiple"), {"files[]": file})


def add_document(client, file, **fields):
    data = {"title": "Annual report", "file": file, "tags": "", "description": "", **fields}
    return client.post(reverse("wagtaildocs:add"), data)


def add_documents_multiple(client, file):
    return client.post(reverse("wagtaildocs:add_multiple"), {"files[]": file})


def form_errors(response, field: str = "file") -> list[str]:
    return list(response.context["form"].errors.get(field, []))
