"""Images and documents that always carry their credit, alt text and licence."""

import logging
import os
from io import BytesIO

from django.core.files import File
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.search import index

from .credit_metadata import embed_credit
from .faults import STORAGE_ERRORS
from .restrictions import rendition_folder
from .visible_text import VISIBLE_CHARACTER, require_visible_characters

logger = logging.getLogger(__name__)

CREDIT_HELP = _('Who made it and for whom, e.g. "Photo by NAME/AGENCY via Getty Images".')


class RemovesStoredFileOnFailedSave:
    """When the database write fails after the file was uploaded, delete the upload again, so
    that no object is left in the bucket without a row (failures after the save, e.g. a
    rolled-back transaction, are swept by `manage.py sweep_orphan_media`)."""

    def save(self, *args, **kwargs) -> None:
        pending = [
            getattr(self, field.attname)
            for field in self._meta.concrete_fields
            if isinstance(field, models.FileField)
        ]
        pending = [file for file in pending if file and not file._committed]
        try:
            super().save(*args, **kwargs)
        except BaseException:
            for file in pending:
                if file._committed and file.name:
                    _delete_quietly(file)
            raise


def _delete_quietly(file) -> None:
    """The save's own error is the one to report; an object we cannot delete now is left
    for the sweep."""
    try:
        file.storage.delete(file.name)
    except STORAGE_ERRORS:
        logger.warning("Could not delete %s after a failed save; the sweep will.", file.name)


class NewsroomImage(RemovesStoredFileOnFailedSave, AbstractImage):
    """Credit and alt text are database constraints, not only form rules, so no path
    (admin, import, shell) can store a photograph that travels without its credit."""

    # A TextField: newsroom alt texts run to many hundreds of characters and are kept whole.
    alt_text = models.TextField(
        _("alt text"),
        blank=True,
        validators=[require_visible_characters],
        help_text=_("Describe the image for people who cannot see it."),
    )
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Decorative images carry no information and need no alt text."),
    )
    caption = models.TextField(_("caption"), blank=True)
    credit = models.CharField(
        _("credit"),
        max_length=255,
        help_text=CREDIT_HELP,
        validators=[require_visible_characters],
    )
    licence = models.CharField(_("licence"), max_length=255, blank=True)
    source_url = models.URLField(_("source URL"), blank=True)

    admin_form_fields = (
        "title",
        "file",
        "alt_text",
        "is_decorative",
        "caption",
        "credit",
        "licence",
        "source_url",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    search_fields = [
        *AbstractImage.search_fields,
        index.SearchField("alt_text"),
        index.SearchField("caption"),
        index.SearchField("credit"),
        index.FilterField("is_decorative"),
    ]

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(credit__regex=VISIBLE_CHARACTER),
                name="media_image_credit_visible",
            ),
            models.CheckConstraint(
                condition=models.Q(is_decorative=True)
                | models.Q(alt_text__regex=VISIBLE_CHARACTER),
                name="media_image_alt_text_visible_unless_decorative",
            ),
        ]

    def save(self, *args, **kwargs) -> None:
        stale = self.pk is not None and self._credit_changed()
        super().save(*args, **kwargs)
        if stale:
            # Renditions carry the credit in their files: regenerate them on next use.
            self.renditions.all().delete()

    @property
    def default_alt_text(self) -> str:
        return "" if self.is_decorative else self.alt_text

    def _credit_changed(self) -> bool:
        stored = type(self).objects.filter(pk=self.pk).values_list("credit", "licence").first()
        return stored is not None and stored != (self.credit, self.licence)

    def generate_rendition_file(self, filter, *, source=None) -> File:
        """Wagtail's hook for the bytes of a new rendition: embed the credit (JPEG, WebP)."""
        generated = super().generate_rendition_file(filter, source=source)
        generated.seek(0)
        data = embed_credit(generated.read(), self.credit, self.licence)
        return File(BytesIO(data), name=generated.name)


class NewsroomRendition(RemovesStoredFileOnFailedSave, AbstractRendition):
    image = models.ForeignKey(NewsroomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    def get_upload_to(self, filename: str) -> str:
        """`private/images/` for images in a restricted collection (cms.media.placement)."""
        return os.path.join(
            rendition_folder(self.image), os.path.basename(super().get_upload_to(filename))
        )

    @property
    def credit(self) -> str:
        return self.image.credit

    @property
    def licence(self) -> str:
        return self.image.licence


class NewsroomDocument(RemovesStoredFileOnFailedSave, AbstractDocument):
    description = models.TextField(_("description"), blank=True)

    admin_form_fields = (*Document.admin_form_fields, "description")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]
