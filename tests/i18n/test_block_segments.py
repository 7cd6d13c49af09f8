"""Every body block hands its text to translators, and its translation comes back into the page.

Each case builds a page holding one block, translates every string wagtail-localize extracted
by prefixing it, builds the translated page and reads the block back: a text left in English
there is a text translators never saw.
"""

import json

import pytest
from wagtail.rich_text import RichText
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    TranslationSource,
)

from newsroom_pages.blocks import NewsBodyBlock
from newsroom_pages.pages import PressReleasePage, ReportPage
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    PressReleasePageFactory,
    ReportPageFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

PREFIX = "[fr] "


def translate_everything(page, locale, overrides: dict[str, object] | None = None):
    """Prefix every extracted string; apply `overrides` to overridable segments by path suffix."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=PREFIX + segment.string.data,
        )
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        for suffix, value in (overrides or {}).items():
            if segment.context.path.endswith(suffix):
                SegmentOverride.objects.create(
                    locale=locale, context=segment.context, data_json=json.dumps(value)
                )
    source.create_or_update_translation(locale, publish=False, copy_parent_pages=True)
    return page.get_translation(locale).get_latest_revision_as_object()


def build_page(newsroom, block_type: str, value) -> PressReleasePage:
    return PressReleasePageFactory(parent=newsroom, body=[(block_type, value)])


def only_block(page):
    assert len(page.body) == 1
    return page.body[0].value


def paragraph_case(newsroom):
    page = build_page(newsroom, "paragraph", RichText("<p>A video shows a <b>killing</b>.</p>"))
    return page, lambda value: value.source, "<p>[fr] A video shows a <b>killing</b>.</p>"


def heading_case(newsroom):
    page = build_page(newsroom, "heading", {"text": "What must happen now", "level": "3"})
    return (
        page,
        lambda value: (value["text"], value["level"]),
        (PREFIX + "What must happen now", "3"),
    )


def image_caption_override_case(newsroom):
    image = ImageFactory(caption="Own caption")
    page = build_page(newsroom, "image", {"image": image, "caption": "Protesters in Tripoli"})
    return (
        page,
        lambda value: (value["image"].pk, value["caption"]),
        (image.pk, PREFIX + "Protesters in Tripoli"),
    )


def image_own_caption_case(newsroom):
    image = ImageFactory(caption="A sandy street in Tripoli")
    page = build_page(newsroom, "image", {"image": image, "caption": ""})
    return (
        page,
        lambda value: (value["image"].pk, value["caption"]),
        (image.pk, PREFIX + "A sandy street in Tripoli"),
    )


def quote_case(newsroom):
    page = build_page(
        newsroom,
        "quote",
        {"text": "Impunity breeds abuse.", "speaker": "Regional team", "role": "Research"},
    )
    return (
        page,
        lambda value: (value["text"], value["speaker"], value["role"]),
        (PREFIX + "Impunity breeds abuse.", PREFIX + "Regional team", PREFIX + "Research"),
    )


def embed_case(newsroom):
    page = build_page(newsroom, "embed", "https://www.youtube.com/watch?v=abc")
    return page, lambda value: value.url, "https://www.youtube.com/watch?v=abc"


def document_label_case(newsroom):
    document = DocumentFactory(title="Full report")
    page = build_page(newsroom, "document", {"document": document, "label": "Download (PDF)"})
    return (
        page,
        lambda value: (value["document"].pk, value["label"]),
        (document.pk, PREFIX + "Download (PDF)"),
    )


def document_title_case(newsroom):
    document = DocumentFactory(title="Full report")
    page = build_page(newsroom, "document", {"document": document, "label": ""})
    return (
        page,
        lambda value: (value["document"].pk, value["label"]),
        (document.pk, PREFIX + "Full report"),
    )


def call_to_action_case(newsroom):
    page = build_page(
        newsroom, "call_to_action", {"text": "Take action", "url": "https://example.org/act"}
    )
    return (
        page,
        lambda value: (value["text"], value["url"]),
        (PREFIX + "Take action", "https://example.org/act"),
    )


def key_fact_case(newsroom):
    page = build_page(
        newsroom,
        "key_fact",
        {"figure": "1.2 million", "label": "civilians in Tripoli", "source": "UN OCHA"},
    )
    return (
        page,
        lambda value: (value["figure"], value["label"], value["source"]),
        (PREFIX + "1.2 million", PREFIX + "civilians in Tripoli", PREFIX + "UN OCHA"),
    )


def related_content_case(newsroom):
    related = PressReleasePageFactory(parent=newsroom)
    page = build_page(newsroom, "related_content", {"heading": "Background", "items": [related]})
    return (
        page,
        lambda value: (value["heading"], [item.pk for item in value["items"]]),
        (PREFIX + "Background", [related.pk]),
    )


CASES = {
    "paragraph": [paragraph_case],
    "heading": [heading_case],
    "image": [image_caption_override_case, image_own_caption_case],
    "quote": [quote_case],
    "embed": [embed_case],
    "document": [document_label_case, document_title_case],
    "call_to_action": [call_to_action_case],
    "key_fact": [key_fact_case],
    "related_content": [related_content_case],
}


def test_every_body_block_type_has_a_translation_case():
    assert set(NewsBodyBlock().child_blocks) == set(CASES)


@pytest.mark.parametrize(
    "case", [case for cases in CASES.values() for case in cases], ids=lambda case: case.__name__
)
def test_each_block_translates_its_text_and_keeps_the_rest(case, newsroom, locales):
    page, read, expected = case(newsroom)
    translated = translate_everything(page, locales["fr"])
    assert read(only_block(translated)) == expected


def test_the_source_block_is_left_as_it_was(newsroom, locales):
    page, _read, _expected = image_own_caption_case(newsroom)
    translate_everything(page, locales["fr"])
    assert only_block(PressReleasePage.objects.get(pk=page.pk))["caption"] == ""


def test_a_translator_may_point_a_video_at_a_subtitled_version(newsroom, locales):
    page, read, _expected = embed_case(newsroom)
    translated = translate_everything(
        page, locales["fr"], overrides={"": "https://www.youtube.com/watch?v=abc-fr"}
    )
    assert read(only_block(translated)) == "https://www.youtube.com/watch?v=abc-fr"


def test_a_translator_may_replace_a_call_to_action_url(newsroom, locales):
    page, read, _expected = call_to_action_case(newsroom)
    translated = translate_everything(
        page, locales["fr"], overrides={".url": "https://example.org/fr/agir"}
    )
    assert read(only_block(translated)) == (PREFIX + "Take action", "https://example.org/fr/agir")


def test_report_key_findings_are_translated_and_the_index_number_is_kept(newsroom, locales):
    report = ReportPageFactory(
        parent=newsroom,
        index_number="MDE 19/3084/2020",
        key_findings=[("finding", "Detention centres are overcrowded.")],
    )
    translated = translate_everything(report, locales["fr"])
    assert [block.value for block in translated.key_findings] == [
        PREFIX + "Detention centres are overcrowded."
    ]
    assert translated.index_number == "MDE 19/3084/2020"
    assert isinstance(translated, ReportPage)


def test_page_fields_a_reader_sees_are_translated(newsroom, locales):
    page = PressReleasePageFactory(
        parent=newsroom, title="Militia must be held to account", summary="Justice now."
    )
    translated = translate_everything(page, locales["fr"])
    assert (translated.title, translated.summary) == (
        PREFIX + "Militia must be held to account",
        PREFIX + "Justice now.",
    )
    assert translated.publication_date == page.publication_date


def test_notices_are_translated_and_keep_their_kind_and_date(newsroom, locales):
    import datetime

    from tests.factories import notice

    noted = datetime.datetime(2026, 5, 6, 9, 30, tzinfo=datetime.UTC)
    page = PressReleasePageFactory(
        parent=newsroom,
        notices=[notice("correction", noted, "<p>The date was <b>wrong</b>.</p>")],
    )
    translated = translate_everything(page, locales["fr"])
    (block,) = translated.notices
    assert block.block_type == "correction"
    assert block.value["noted_at"] == noted
    assert block.value["text"].source == "<p>[fr] The date was <b>wrong</b>.</p>"
