"""Admin forms for images and documents: the rules an editor meets before anything is stored.

Both the single upload views and the multiple uploader validate files through these forms
(Wagtail builds its upload forms from WAGTAILIMAGES_IMAGE_FORM_BASE and
WAGTAILDOCS_DOCUMENT_FORM_BASE), so a refused file never reaches the storage.
"""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .validation import (
    NOT_AN_IMAGE,
    SVG_REFUSED,
    TOO_MANY_PIXELS,
    check_document,
    check_image_decodes,
    looks_like_svg,
)


class NewsroomImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            messages = self.fields["file"].error_messages
            messages["invalid_image"] = NOT_AN_IMAGE
            messages["file_too_many_pixels"] = TOO_MANY_PIXELS

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            check_image_decodes(upload)
        return upload

    def clean(self) -> dict:
        cleaned = super().clean()
        upload = self.files.get("file")
        if "file" in self.errors and upload is not None and looks_like_svg(upload, upload.name):
            self.errors["file"] = self.error_class([SVG_REFUSED])
        if "alt_text" in self.fields:
            decorative = cleaned.get("is_decorative")
            if decorative:
                cleaned["alt_text"] = ""
            elif not (cleaned.get("alt_text") or "").strip():
                self.add_error(
                    "alt_text",
                    forms.ValidationError(
                        _("Describe the image, or mark it as decorative."), code="required"
                    ),
                )
        return cleaned


class NewsroomDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            check_document(upload, upload.name)
        return upload
