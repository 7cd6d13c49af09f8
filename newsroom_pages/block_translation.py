"""How blocks whose text falls back to a chosen asset hand that text to translators.

An image block's caption and a document block's label may be left empty to use the image's
caption or the document's title. Those assets are shared across locales and not translatable,
so without help an Arabic page would silently show the English caption. These blocks give the
translator the text readers actually see, and store the translation in the block itself.
"""

from wagtail import blocks
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue


class FallbackTextTranslationMixin:
    """For a StructBlock with one chooser (`chosen_field`) and one text (`text_field`)."""

    chosen_field: str
    text_field: str

    def effective_text(self, value: blocks.StructValue) -> str:
        raise NotImplementedError

    def get_translatable_segments(self, value: blocks.StructValue) -> list:
        segments: list = []
        chosen = value.get(self.chosen_field)
        if chosen is not None:
            segments.append(OverridableSegmentValue(self.chosen_field, chosen.pk))
        text = self.effective_text(value)
        if text:
            segments.append(StringSegmentValue(self.text_field, text))
        return segments

    def restore_translated_segments(self, value: blocks.StructValue, segments: list):
        for segment in segments:
            field_name, inner = segment.unwrap()
            if field_name == self.text_field:
                value[field_name] = inner.render_text()
            elif field_name == self.chosen_field:
                model = self.child_blocks[field_name].target_model
                value[field_name] = model.objects.filter(pk=inner.data).first() or value.get(
                    field_name
                )
        return value
