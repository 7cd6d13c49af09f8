"""Translates part of the demo newsroom the way a translator would, through wagtail-localize.

Each object gets a translation source, a synced translation, one string translation per
extracted text and a published target, exactly what the translation editor leaves behind, so
the admin shows these as ordinary synced translations that "sync from source" keeps working
on. Objects already translated are left alone: a rerun changes nothing.
"""

from collections.abc import Callable

from django.db.models import Model
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from ..pages import NewsItemPage, NewsroomIndexPage
from ..snippets import Country, PressContact, Topic
from . import content, translation_content
from .content import DemoItem
from .translation_content import ItemTranslation


def item_texts(item: DemoItem, translated: ItemTranslation, code: str) -> dict[str, str]:
    """English text -> translated text for every text the demo builder puts on the page (a
    summary short enough to be its own search description keeps the demo note)."""
    summary = translated.summary + translation_content.DEMO_NOTE[code]
    pairs = [
        (item.title, translated.title),
        (item.summary[:160], translated.summary[:160]),
        (item.summary, summary),
        *zip(item.paragraphs, translated.paragraphs, strict=True),
        *zip(item.key_fact or (), translated.key_fact or (), strict=True),
        *zip(
            item.extra.get("key_findings", ()),
            translated.extra.get("key_findings", ()),
            strict=True,
        ),
    ]
    pairs += [
        (item.extra[key], translated.extra[key])
        for key in ("campaign", "outcome")
        if key in item.extra
    ]
    return dict(pairs) | translation_content.BODY_PHRASES[code]


class DemoTranslator:
    def __init__(self, report: Callable[[str], None]) -> None:
        self.report = report
        self.created = 0

    def build(self, index: NewsroomIndexPage) -> int:
        for code in translation_content.LOCALES:
            locale = Locale.objects.get(language_code=code)
            self.translate_snippets(locale)
            self.translate(index, locale, translation_content.NEWSROOM[code])
            for item in content.ITEMS:
                translated = translation_content.ITEMS.get(item.slug, {}).get(code)
                if translated:
                    page = NewsItemPage.objects.get(locale=index.locale, slug=item.slug)
                    self.translate(page.specific, locale, item_texts(item, translated, code))
        for locale in Locale.objects.exclude(pk=index.locale_id):
            self.ensure_locale_tree(index, locale)
        return self.created

    def translate_snippets(self, locale: Locale) -> None:
        code, default = locale.language_code, Locale.get_default()
        for slug, name in translation_content.TOPICS[code].items():
            english = Topic.objects.get(locale=default, slug=slug)
            self.translate(english, locale, {content.TOPICS[slug]: name})
        for iso_code, name in translation_content.COUNTRIES[code].items():
            english = Country.objects.get(locale=default, iso_code=iso_code)
            self.translate(english, locale, {content.COUNTRIES[iso_code]: name})
        contact = PressContact.objects.get(locale=default, email=content.PRESS_CONTACT["email"])
        texts = translation_content.PRESS_CONTACT[code]
        self.translate(
            contact, locale, {content.PRESS_CONTACT[key]: text for key, text in texts.items()}
        )

    def translate(self, instance: Model, locale: Locale, texts: dict[str, str]) -> None:
        existing = instance.get_translation_or_none(locale)
        if existing is not None and getattr(existing, "alias_of_id", None) is None:
            return
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        for segment in source.stringsegment_set.select_related("string", "context"):
            text = segment.string.as_value().render_text()
            if text in texts:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={"data": StringValue.from_plaintext(texts[text]).data},
                )
        if isinstance(instance, Page):
            translation.save_target(publish=False)
            instance.get_translation(locale).get_latest_revision().publish()
        else:
            translation.save_target(publish=True)
        self.created += 1
        self.report(f"Translated into {locale.get_display_name()}: {instance}")

    def ensure_locale_tree(self, index: NewsroomIndexPage, locale: Locale) -> None:
        """Locales nobody has translated into yet still get their tree (aliases of the source),
        so translators have somewhere to work and rights on it."""
        if index.get_translation_or_none(locale) is None:
            index.copy_for_translation(locale, copy_parents=True, alias=True)
            self.created += 1
            self.report(f"Created the {locale.get_display_name()} page tree")
