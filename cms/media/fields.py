"""The admin's image file field, stricter than Wagtail's (see cms.media.validation)."""

from django.core.exceptions import ValidationError
from wagtail.images.fields import WagtailImageField

from .validation import (
    DAMAGED_IMAGE,
    NOT_AN_IMAGE,
    SVG_REFUSED,
    TOO_MANY_PIXELS,
    check_image_decodes,
    looks_like_svg,
)


class NewsroomImageFileField(WagtailImageField):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.error_messages["invalid_image"] = str(NOT_AN_IMAGE)
        self.error_messages["file_too_many_pixels"] = str(TOO_MANY_PIXELS)

    def to_python(self, data):
        if data and hasattr(data, "read") and looks_like_svg(data, data.name):
            raise ValidationError(str(SVG_REFUSED), code="svg_refused")
        try:
            upload = super().to_python(data)
        except OSError as error:
            # Wagtail reads the pixel size by loading the image, which fails on a damaged file.
            raise ValidationError(str(DAMAGED_IMAGE), code="damaged_image") from error
        if upload is not None:
            check_image_decodes(upload)
        return upload
