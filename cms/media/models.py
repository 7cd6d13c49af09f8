"""Images and documents that always carry their credit, alt text and licence."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.search import index

CREDIT_HELP = _('Who made it and for whom, e.g. "Photo by NAME/AGENCY via Getty Images".')


class NewsroomImage(AbstractImage):
    """Credit and alt text are database constraints, not only form rules, so no path
    (admin, import, shell) can store a photograph that travels without its credit."""

    alt_text = models.CharField(
        _("alt text"),
        max_length=500,
        blank=True,
        help_text=_("Describe the image for people who cannot see it."),
    )
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Decorative images carry no information and need no alt text."),
    )
    caption = models.TextField(_("caption"), blank=True)
    credit = models.CharField(_("credit"), max_length=255, help_text=CREDIT_HELP)
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
                condition=~models.Q(credit=""), name="media_image_credit_required"
            ),
            models.CheckConstraint(
                condition=models.Q(is_decorative=True) | ~models.Q(alt_text=""),
                name="media_image_alt_text_unless_decorative",
            ),
        ]

    @property
    def default_alt_text(self) -> str:
        return "" if self.is_decorative else self.alt_text


class NewsroomRendition(AbstractRendition):
    image = models.ForeignKey(NewsroomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    @property
    def credit(self) -> str:
        return self.image.credit

    @property
    def licence(self) -> str:
        return self.image.licence


class NewsroomDocument(AbstractDocument):
    description = models.TextField(_("description"), blank=True)

    admin_form_fields = (*Document.admin_form_fields, "description")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]
