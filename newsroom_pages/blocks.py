"""Every StreamField block a news item body can hold; the API types mirror these one to one."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.forms.utils import ErrorList
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from .block_translation import FallbackTextTranslationMixin
from .safe_urls import FORM_SCHEMES

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript"]
# The form refuses early what the API would drop on output (newsroom_pages.safe_urls).
WEB_URL = URLValidator(schemes=FORM_SCHEMES)


class LabelledTextBlock(blocks.TextBlock):
    """A text block standing alone in a stream (no struct around it): Wagtail draws its textarea
    with no <label>, so a screen reader announces an unnamed field; the block's label names
    it (axe-core: `label`, critical)."""

    @cached_property
    def field(self):
        field = super().field
        field.widget.attrs["aria-label"] = str(self.label)
        return field


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("2", "H2"), ("3", "H3"), ("4", "H4")], default="2", required=True
    )

    class Meta:
        icon = "title"
        label = _("Heading")


class ImageBlock(FallbackTextTranslationMixin, blocks.StructBlock):
    """The credit is never typed here: it always comes from the image, so it cannot drift."""

    chosen_field, text_field = "image", "caption"

    image = ImageChooserBlock()
    caption = blocks.CharBlock(
        required=False,
        max_length=500,
        help_text=_("Leave empty to use the image's own caption. The credit is always shown."),
    )

    class Meta:
        icon = "image"
        label = _("Image")

    def get_caption(self, value) -> str:
        image = value.get("image")
        return value.get("caption") or (image.caption if image else "")

    effective_text = get_caption

    def get_credit(self, value) -> str:
        image = value.get("image")
        return image.credit if image else ""


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    speaker = blocks.CharBlock(max_length=150)
    role = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")


class DocumentBlock(FallbackTextTranslationMixin, blocks.StructBlock):
    chosen_field, text_field = "document", "label"

    document = DocumentChooserBlock()
    label = blocks.CharBlock(required=False, max_length=200, help_text=_("Defaults to the title."))

    class Meta:
        icon = "doc-full"
        label = _("Document download")

    def get_label(self, value) -> str:
        document = value.get("document")
        return value.get("label") or (document.title if document else "")

    effective_text = get_label


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, label=_("External URL"), validators=[WEB_URL])

    class Meta:
        icon = "link"
        label = _("Call to action")

    def clean(self, value):
        value = super().clean(value)
        has_page, has_url = bool(value.get("page")), bool(value.get("url"))
        if has_page == has_url:
            message = (
                _("Choose an internal page or enter an external URL, not both.")
                if has_page
                else _("Choose an internal page or enter an external URL.")
            )
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return value


class KeyFactBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=40, help_text=_('The number, e.g. "1.2 million".'))
    label = blocks.CharBlock(max_length=200)
    source = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "pick"
        label = _("Key fact")


class RelatedContentBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=200)
    items = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="newsroom_pages.NewsItemPage"), min_num=1, max_num=12
    )

    class Meta:
        icon = "list-ul"
        label = _("Related content")


class NewsBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, icon="pilcrow")
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(icon="media", label=_("Video embed"), validators=[WEB_URL])
    document = DocumentBlock()
    call_to_action = CallToActionBlock()
    key_fact = KeyFactBlock()
    related_content = RelatedContentBlock()
