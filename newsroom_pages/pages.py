"""The newsroom's page types.

`NewsItemPage` is a concrete, non-creatable base (multi-table) rather than a Django abstract
model: the listing every frontend needs spans all three kinds, newest first, filtered by topic
and country, and one table makes that a single indexed query with one COUNT instead of a
union over three tables.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.media.validation import check_report_document
from cms.preview.mixins import NewsroomPreviewMixin

from .blocks import LabelledTextBlock, NewsBodyBlock
from .frontend import FrontendUrlMixin
from .notices import NoticesBlock

SUMMARY_MAX_LENGTH = 400


class NewsKind(models.TextChoices):
    PRESS_RELEASE = "PRESS_RELEASE", _("Press release")
    REPORT = "REPORT", _("Report")
    CAMPAIGN_VICTORY = "CAMPAIGN_VICTORY", _("Campaign victory")


class NewsroomIndexPage(FrontendUrlMixin, NewsroomPreviewMixin, Page):
    intro = RichTextField(_("intro"), blank=True, features=["bold", "italic", "link"])
    press_contact = models.ForeignKey(
        "newsroom_pages.PressContact",
        verbose_name=_("default press contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    share_image = models.ForeignKey(
        "media.NewsroomImage",
        verbose_name=_("default share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown, with its credit, when the newsroom or an item without a hero image is shared "
            "or indexed (a 1200x630 crop is made from it)."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("press_contact")]
    promote_panels = [*Page.promote_panels, FieldPanel("share_image")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    override_translatable_fields = [SynchronizedField("slug")]

    subpage_types = [
        "newsroom_pages.PressReleasePage",
        "newsroom_pages.ReportPage",
        "newsroom_pages.CampaignVictoryPage",
    ]

    class Meta:
        verbose_name = _("newsroom index")


class NewsItemPage(FrontendUrlMixin, NewsroomPreviewMixin, Page):
    kind: NewsKind

    publication_date = models.DateField(_("publication date"), db_index=True)
    summary = models.TextField(
        _("summary"),
        max_length=SUMMARY_MAX_LENGTH,
        help_text=_("Plain text shown on listings and shares, at most 400 characters."),
    )
    hero_image = models.ForeignKey(
        "media.NewsroomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    notices = StreamField(
        NoticesBlock(),
        blank=True,
        verbose_name=_("notices"),
        help_text=_(
            "Corrections, clarifications, updates and editor's notes, shown to readers above "
            "the story with their date. Add one whenever a published story changes in substance."
        ),
    )
    body = StreamField(NewsBodyBlock(), blank=True, verbose_name=_("body"))
    topics = ParentalManyToManyField("newsroom_pages.Topic", blank=True, related_name="news_items")
    countries = ParentalManyToManyField(
        "newsroom_pages.Country", blank=True, related_name="news_items"
    )
    press_contact = models.ForeignKey(
        "newsroom_pages.PressContact",
        verbose_name=_("press contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to use the newsroom's default press contact."),
    )

    is_creatable = False
    parent_page_types = ["newsroom_pages.NewsroomIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("publication_date"), FieldPanel("summary"), FieldPanel("hero_image")],
            heading=_("Listing"),
        ),
        FieldPanel("notices"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("countries"), FieldPanel("press_contact")],
            heading=_("Classification"),
        ),
        InlinePanel("related_item_links", label=_("Related items")),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]

    # A translation keeps its source's slug (/ar/newsroom/<slug>/ mirrors /newsroom/<slug>/;
    # wagtail-localize would strip an Arabic slug to nothing), a translator may override it.
    # wagtail-localize skips many-to-many fields, so "sync from source" would never carry a
    # source edit of the classification; the API shows each snippet in the requested locale.
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("topics", overridable=False),
        SynchronizedField("countries", overridable=False),
    ]

    class Meta:
        verbose_name = _("news item")
        ordering = ["-publication_date", "-pk"]
        # The listing's order and its keyset cursor, `(publication_date, id) < (d, pk)`.
        indexes = [
            models.Index(fields=["publication_date", "page_ptr"], name="newsitem_listing_keyset")
        ]


class RelatedNewsItem(Orderable):
    page = ParentalKey(NewsItemPage, on_delete=models.CASCADE, related_name="related_item_links")
    item = models.ForeignKey(
        NewsItemPage, verbose_name=_("item"), on_delete=models.CASCADE, related_name="linked_from"
    )

    panels = [FieldPanel("item")]

    class Meta(Orderable.Meta):
        verbose_name = _("related item")

    def clean(self) -> None:
        if self.item_id and self.item_id == self.page_id:
            raise ValidationError({"item": _("An item cannot be related to itself.")})


class PressReleasePage(NewsItemPage):
    kind = NewsKind.PRESS_RELEASE
    is_creatable = True

    class Meta:
        verbose_name = _("press release")


class ReportPage(NewsItemPage):
    kind = NewsKind.REPORT
    is_creatable = True

    report_document = models.ForeignKey(
        "media.NewsroomDocument",
        verbose_name=_("report PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    index_number = models.CharField(
        _("index number"), max_length=50, blank=True, help_text=_("e.g. MDE 19/3084/2020")
    )
    key_findings = StreamField(
        [("finding", LabelledTextBlock(max_length=500, label=_("Key finding")))],
        blank=True,
        verbose_name=_("key findings"),
    )

    # The index number identifies the report in every language; a translated PDF may replace
    # the document.
    override_translatable_fields = [
        *NewsItemPage.override_translatable_fields,
        SynchronizedField("index_number", overridable=False),
    ]

    content_panels = [
        *NewsItemPage.content_panels,
        MultiFieldPanel(
            [FieldPanel("report_document"), FieldPanel("index_number"), FieldPanel("key_findings")],
            heading=_("Report"),
        ),
    ]

    class Meta:
        verbose_name = _("report")

    def clean(self) -> None:
        super().clean()
        check_report_document(self.report_document)


class CampaignVictoryPage(NewsItemPage):
    kind = NewsKind.CAMPAIGN_VICTORY
    is_creatable = True

    campaign = models.CharField(_("campaign"), max_length=200)
    outcome = models.TextField(_("what changed"), max_length=1000)

    content_panels = [
        *NewsItemPage.content_panels,
        MultiFieldPanel([FieldPanel("campaign"), FieldPanel("outcome")], heading=_("Campaign")),
    ]

    class Meta:
        verbose_name = _("campaign victory")
