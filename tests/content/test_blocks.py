"""Each body block refuses what an editor could get wrong, with a message that says why."""

import pytest
from django.core.exceptions import ValidationError

from newsroom_pages.blocks import (
    CallToActionBlock,
    DocumentBlock,
    HeadingBlock,
    ImageBlock,
    KeyFactBlock,
    NewsBodyBlock,
    QuoteBlock,
    RelatedContentBlock,
)
from tests.factories import DocumentFactory, ImageFactory, PressReleasePageFactory

pytestmark = pytest.mark.django_db


def errors_of(block, raw: dict) -> dict:
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(raw))
    return {
        name: [str(message) for message in messages]
        for name, messages in _block_errors(error.value).items()
    }


def _block_errors(error: ValidationError) -> dict:
    return {
        name: [m for e in (errs if isinstance(errs, list) else [errs]) for m in e.messages]
        for name, errs in error.block_errors.items()
    }


def test_a_call_to_action_with_neither_page_nor_url_is_refused(newsroom):
    errors = errors_of(CallToActionBlock(), {"text": "Act now", "page": None, "url": ""})
    assert errors["page"] == ["Choose an internal page or enter an external URL."]


def test_a_call_to_action_with_both_page_and_url_is_refused(newsroom):
    raw = {"text": "Act now", "page": newsroom.pk, "url": "https://example.org/act"}
    errors = errors_of(CallToActionBlock(), raw)
    assert errors["page"] == ["Choose an internal page or enter an external URL, not both."]


@pytest.mark.parametrize("target", ["page", "url"])
def test_a_call_to_action_with_one_target_is_accepted(newsroom, target):
    raw = {"text": "Act now", "page": None, "url": ""}
    raw[target] = newsroom.pk if target == "page" else "https://example.org/act"
    block = CallToActionBlock()
    assert block.clean(block.to_python(raw))["text"] == "Act now"


def test_a_heading_level_outside_h2_to_h4_is_refused():
    errors = errors_of(HeadingBlock(), {"text": "Findings", "level": "1"})
    assert "level" in errors


def test_a_quote_needs_a_speaker():
    errors = errors_of(QuoteBlock(), {"text": "Justice now.", "speaker": "", "role": ""})
    assert errors["speaker"] == ["This field is required."]


def test_a_key_fact_needs_a_figure_and_a_label():
    errors = errors_of(KeyFactBlock(), {"figure": "", "label": "", "source": ""})
    assert set(errors) == {"figure", "label"}


def test_an_image_block_needs_an_image():
    errors = errors_of(ImageBlock(), {"image": None, "caption": "A caption"})
    assert errors["image"] == ["This field is required."]


def test_an_image_block_shows_the_image_credit_and_falls_back_to_its_caption():
    image = ImageFactory(caption="Own caption", credit="Photo by -/AFP via Getty Images")
    block = ImageBlock()
    value = block.to_python({"image": image.pk, "caption": ""})
    assert block.get_credit(value) == "Photo by -/AFP via Getty Images"
    assert block.get_caption(value) == "Own caption"
    overridden = block.to_python({"image": image.pk, "caption": "Editor's caption"})
    assert block.get_caption(overridden) == "Editor's caption"


def test_a_document_block_needs_a_document():
    errors = errors_of(DocumentBlock(), {"document": None, "label": ""})
    assert errors["document"] == ["This field is required."]
    document = DocumentFactory()
    assert DocumentBlock().clean(DocumentBlock().to_python({"document": document.pk}))


def test_a_related_content_list_needs_at_least_one_item():
    block = RelatedContentBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"heading": "More", "items": []}))


def test_a_related_content_list_accepts_news_items(newsroom):
    item = PressReleasePageFactory(parent=newsroom)
    block = RelatedContentBlock()
    value = block.clean(block.to_python({"heading": "More", "items": [item.pk]}))
    assert [page.pk for page in value["items"]] == [item.pk]


def test_an_empty_paragraph_is_refused():
    block = NewsBodyBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python([{"type": "paragraph", "value": ""}]))


def test_an_embed_needs_a_url():
    block = NewsBodyBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python([{"type": "embed", "value": ""}]))


def test_the_body_offers_every_block_of_the_design():
    assert list(NewsBodyBlock.base_blocks) == [
        "paragraph",
        "heading",
        "image",
        "quote",
        "embed",
        "document",
        "call_to_action",
        "key_fact",
        "related_content",
    ]
