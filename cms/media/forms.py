"""Admin form for images: the rules an editor meets before anything is stored."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class NewsroomImageForm(BaseImageForm):
    def clean(self) -> dict:
        cleaned = super().clean()
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
