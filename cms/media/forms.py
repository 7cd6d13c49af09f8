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

from .fields import NewsroomImageFileField
from .validation import check_document
from .visible_text import has_visible_characters


class NewsroomImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            wagtail_field = self.fields["file"]
            self.fields["file"] = NewsroomImageFileField(
                label=wagtail_field.label,
                required=wagtail_field.required,
                widget=wagtail_field.widget,
            )

    def clean(self) -> dict:
        cleaned = super().clean()
        if "alt_text" in self.fields:
            decorative = cleaned.get("is_decorative")
            if decorative:
                cleaned["alt_text"] = ""
            elif not has_visible_characters(cleaned.get("alt_text")):
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
