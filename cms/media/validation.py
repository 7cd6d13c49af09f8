"""Checks on uploaded files that Wagtail's own form fields leave out, with messages written for
editors. They run during form validation, so a refused file is never sent to the storage.

Wagtail already checks an image's extension against WAGTAILIMAGES_EXTENSIONS, that its content
is the format the extension claims, its size and its pixel count (from the header). What it
does not do is decode the picture, so a truncated or corrupt file passes; `check_image_decodes`
closes that gap. SVG is refused, not sanitised: it is a document that can carry scripts and
external references, and the newsroom's photographs and graphics do not need it.
"""

from __future__ import annotations

import os
import warnings
import zipfile
from typing import IO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image

SVG_REFUSED = _(
    "SVG files are not accepted because they can contain scripts. "
    "Export the graphic as PNG or WebP and upload that instead."
)
NOT_AN_IMAGE = _(
    "This file is not an image we can read. It may be another kind of file renamed to look "
    "like an image: upload the original JPEG, PNG, WebP, AVIF or GIF file."
)
DAMAGED_IMAGE = _(
    "This image is damaged or incomplete and cannot be displayed. "
    "Export or download it again and upload the new file."
)
TOO_MANY_PIXELS = _(
    "This image is too large in pixels (%(num_pixels)s, the limit is %(max_pixels_count)s). "
    "Resize it and upload it again."
)
DOCUMENT_TYPE_REFUSED = _(
    "Files of type “.%(extension)s” are not accepted. Accepted types: %(allowed)s."
)
DOCUMENT_CONTENT_MISMATCH = _(
    "This file is not a real %(kind)s, although its name ends in “.%(extension)s”. "
    "Export it again as %(kind)s, or rename it to match what it is."
)

# What a file's content must look like for each accepted document extension.
ZIP_BASED = {"docx": "Word document", "xlsx": "Excel workbook", "odt": "OpenDocument text"}
TEXT_BASED = {"csv": "CSV file", "txt": "text file"}


def looks_like_svg(upload: IO[bytes], name: str) -> bool:
    if name.lower().endswith((".svg", ".svgz")):
        return True
    head = _head(upload, 1024).lstrip().lower()
    return head.startswith((b"<svg", b"<?xml")) and b"<svg" in head


def check_image_decodes(upload: IO[bytes]) -> None:
    """Decode every pixel once (JPEG at 1/8 scale, which still reads all of its data): only a
    full decode finds a truncated or corrupt file."""
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                if image.format == "JPEG":
                    image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
                for frame in range(getattr(image, "n_frames", 1)):
                    image.seek(frame)
                    image.load()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
        raise ValidationError(
            str(TOO_MANY_PIXELS)
            % {
                "num_pixels": _("unknown number"),
                "max_pixels_count": settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS,
            },
            code="file_too_many_pixels",
        ) from error
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(str(DAMAGED_IMAGE), code="damaged_image") from error
    finally:
        upload.seek(0)


def check_document(upload: IO[bytes], name: str) -> None:
    """The extension must be on WAGTAILDOCS_EXTENSIONS and the content must be what the
    extension says: a report "PDF" that is really a Word file or a web page is refused."""
    extension = os.path.splitext(name)[1].lower().lstrip(".")
    allowed = [item.lower() for item in settings.WAGTAILDOCS_EXTENSIONS]
    if extension not in allowed:
        raise ValidationError(
            str(DOCUMENT_TYPE_REFUSED)
            % {"extension": extension or "?", "allowed": ", ".join(a.upper() for a in allowed)},
            code="document_type_refused",
        )
    kind = _content_kind_mismatch(upload, extension)
    if kind:
        raise ValidationError(
            str(DOCUMENT_CONTENT_MISMATCH) % {"kind": kind, "extension": extension},
            code="document_content_mismatch",
        )


def _content_kind_mismatch(upload: IO[bytes], extension: str) -> str | None:
    """The kind of file the extension promises when the content is not that kind, else None."""
    if extension == "pdf":
        return None if _is_pdf(upload) else "PDF"
    if extension in ZIP_BASED:
        upload.seek(0)
        ok = zipfile.is_zipfile(upload)
        upload.seek(0)
        return None if ok else ZIP_BASED[extension]
    if extension in TEXT_BASED:
        return None if b"\x00" not in _head(upload, 64 * 1024) else TEXT_BASED[extension]
    return None


def _is_pdf(upload: IO[bytes]) -> bool:
    """A PDF starts with %PDF- within its first kilobyte and ends with %%EOF (a truncated
    download lacks it)."""
    if b"%PDF-" not in _head(upload, 1024):
        return False
    upload.seek(0, os.SEEK_END)
    size = upload.tell()
    upload.seek(max(0, size - 2048))
    tail = upload.read()
    upload.seek(0)
    return b"%%EOF" in tail


def _head(upload: IO[bytes], size: int) -> bytes:
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


REPORT_NOT_PDF = _(
    "The report document must be a PDF, and “%(filename)s” is not. "
    "Upload the report as a PDF and choose that document."
)


def check_report_document(document) -> None:
    """For ReportPage.clean(): the report document must be a PDF. Its content was checked
    when it was uploaded (check_document), so the extension is enough here and no storage
    request is needed."""
    if document is not None and not document.filename.lower().endswith(".pdf"):
        raise ValidationError(
            {"report_document": str(REPORT_NOT_PDF) % {"filename": document.filename}},
            code="report_not_pdf",
        )
