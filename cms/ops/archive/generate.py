"""`generate_archive`: a realistic archive of live news items, written in bulk.

Publishing 100,000 items through Wagtail (a revision, a publish, signals, one search index
update each) takes hours; this writes what publishing would leave behind, batch by batch, each
table with one multi-row INSERT: the page tree rows (paths computed as treebeard does), the
news item and kind rows, topics, countries and related items, the newsroom's own search
documents and their vectors, Wagtail's search index and the sync log. Bulk writes send no
signals, so the response cache is invalidated once at the end.

Items are 75% press releases, 20% reports, 5% campaign victories; 70% are English and 10%
each French, Arabic and Spanish translations of one of them (same translation key and slug,
under that locale's newsroom, linked to the same topics, countries and related items, as
wagtail-localize leaves them). Bodies are ten blocks of about 800 words in the item's language
with two images that carry credits; dates spread over fifteen years.
"""

import datetime
import random
import time
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend

from cms.api.http.cache.store import response_cache
from cms.media.models import NewsroomImage
from cms.search.documents import document_for
from cms.search.documents import store as store_documents
from cms.sync.models import PageChange
from newsroom_pages.demo.builder import DemoNewsroomBuilder
from newsroom_pages.demo.images import draw_placeholder_photo
from newsroom_pages.pages import (
    CampaignVictoryPage,
    NewsItemPage,
    NewsroomIndexPage,
    PressReleasePage,
    RelatedNewsItem,
    ReportPage,
)
from newsroom_pages.paths import frontend_path
from newsroom_pages.snippets import Country, Topic

from .text import HEADINGS, KEY_FACTS, QUOTES, Story

BATCH = 500
KIND_SHARES = ((PressReleasePage, 0.75), (ReportPage, 0.20), (CampaignVictoryPage, 0.05))
TRANSLATION_SHARE = 0.10  # of all items, per translated locale
TRANSLATED_LOCALES = ("fr", "ar", "es")
YEARS = 15
PHOTOS = 12
PHOTO_PREFIX = "Archive photo"
RELATED_ITEMS = 3


@dataclass
class Planned:
    """One item to write: its language, its story and, for a translation, its source."""

    code: str
    kind: type[NewsItemPage]
    story: Story
    published: datetime.date
    source: "Planned | None" = None
    key: uuid.UUID | None = None
    page: Page | None = None
    related: list[int] = field(default_factory=list)
    photos: tuple[int, int] = (0, 0)

    @property
    def translation_key(self) -> uuid.UUID:
        return self.source.key if self.source else self.key


@dataclass
class Report:
    added: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.added / self.seconds if self.seconds else 0.0


class ArchiveWriter:
    def __init__(self, seed: int) -> None:
        self.seed = seed

    def generate(self, count: int) -> Report:
        self._load()
        started = time.monotonic()
        written = 0
        while written < count:
            size = min(BATCH, count - written)
            with transaction.atomic():
                self._write_batch(self._plan(size))
            written += size
        response_cache.invalidate()
        return Report(count, time.monotonic() - started)

    def _load(self) -> None:
        DemoNewsroomBuilder().build()
        default = Locale.get_default()
        english = NewsroomIndexPage.objects.filter(locale=default, depth=3).order_by("pk").first()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.indexes = {settings.LANGUAGE_CODE: english}
        for code in TRANSLATED_LOCALES:
            translation = english.get_translation_or_none(self.locales[code])
            if translation is not None and translation.alias_of_id is None:
                self.indexes[code] = translation
        self.content_types = {
            kind: ContentType.objects.get_for_model(kind) for kind, _share in KIND_SHARES
        }
        self.topics = list(Topic.objects.filter(locale=default))
        self.countries = list(Country.objects.filter(locale=default))
        self.photos = self._ensure_photos()
        self.images = NewsroomImage.objects.in_bulk(self.photos)
        self.english_ids = list(
            NewsItemPage.objects.filter(locale=default, alias_of__isnull=True).values_list(
                "pk", flat=True
            )
        )
        self.serial = NewsItemPage.objects.count()
        # The same seed on the same archive writes the same items; a second run adds new ones.
        self.rng = random.Random(f"{self.seed}:{self.serial}")
        keys = random.Random(f"{self.seed}:{self.serial}:keys")
        self._uuid = lambda: uuid.UUID(int=keys.getrandbits(128), version=4)

    def _ensure_photos(self) -> list[int]:
        photos = list(NewsroomImage.objects.filter(title__startswith=PHOTO_PREFIX)[:PHOTOS])
        for n in range(len(photos), PHOTOS):
            photos.append(
                NewsroomImage.objects.create(
                    title=f"{PHOTO_PREFIX} {n}",
                    file=draw_placeholder_photo(
                        f"{PHOTO_PREFIX} {n}", (60 + 15 * n, 90, 160 - 8 * n)
                    ),
                    alt_text=f"People gathered outside a courthouse, photograph {n}",
                    caption=f"Relatives wait for news outside the court ({n}).",
                    credit="Photo by MAHMUD TURKIA/AFP via Getty Images",
                    licence="Generated placeholder for a sized archive",
                )
            )
        return [photo.pk for photo in photos]

    def _plan(self, size: int) -> list[Planned]:
        rng = self.rng
        translated = [code for code in TRANSLATED_LOCALES if code in self.indexes]
        per_locale = int(size * TRANSLATION_SHARE) if size >= 1 / TRANSLATION_SHARE else 0
        english_count = size - per_locale * len(translated)
        today = timezone.now().date()
        sources = []
        for _ in range(english_count):
            kind = rng.choices([k for k, _s in KIND_SHARES], weights=[s for _k, s in KIND_SHARES])[
                0
            ]
            published = today - datetime.timedelta(days=rng.randrange(YEARS * 365))
            sources.append(Planned(settings.LANGUAGE_CODE, kind, Story(rng), published))
        planned = list(sources)
        for code in translated:
            for source in rng.sample(sources, per_locale):
                planned.append(
                    Planned(code, source.kind, source.story, source.published, source=source)
                )
        for item in planned:
            item.key = self._uuid()
            item.photos = (rng.randrange(len(self.photos)), rng.randrange(len(self.photos)))
        return planned

    def _write_batch(self, planned: list[Planned]) -> None:
        now = timezone.now()
        pages = []
        for code, index in self.indexes.items():
            mine = [item for item in planned if item.code == code]
            position = _last_position(index)
            for offset, item in enumerate(mine, start=1):
                item.page = self._page_row(item, index, position + offset, now)
                pages.append(item.page)
        Page.objects.bulk_create(pages)
        for code, index in self.indexes.items():
            added = sum(1 for item in planned if item.code == code)
            Page.objects.filter(pk=index.pk).update(numchild=index.numchild + added)
            index.numchild += added
        for item in planned:
            if item.source is None:
                pool = self.english_ids or [item.page.pk]
                item.related = self.rng.sample(pool, min(RELATED_ITEMS, len(pool)))
        self.english_ids += [item.page.pk for item in planned if item.source is None]
        specific = [self._specific(item) for item in planned]
        for model in (NewsItemPage, *self.content_types):
            rows = [page for page in specific if model is NewsItemPage or type(page) is model]
            if rows:
                model._base_manager._insert(rows, fields=model._meta.local_concrete_fields)
        self._links(planned)
        store_documents([document_for(page) for page in specific])
        backend = get_search_backend()
        for kind in self.content_types:
            backend.add_bulk(kind, [page for page in specific if type(page) is kind])
        PageChange.objects.bulk_create(
            PageChange(
                page_id=page.pk, locale=page.locale.language_code, url_path=frontend_path(page)
            )
            for page in specific
        )

    def _page_row(self, item: Planned, index: Page, position: int, now) -> Page:
        self.serial += 1
        source = item.source.page if item.source else None
        title = item.story.title(item.code)
        slug = source.slug if source else f"archive-{self.serial}-{item.story.name.lower()}"
        published = timezone.make_aware(
            datetime.datetime.combine(item.published, datetime.time(9, self.rng.randrange(60))),
            datetime.UTC,
        )
        return Page(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=self.content_types[item.kind],
            path=Page._get_path(index.path, index.depth + 1, position),
            depth=index.depth + 1,
            numchild=0,
            url_path=f"{index.url_path}{slug}/",
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=min(published, now),
            locale=self.locales[item.code],
            translation_key=item.translation_key,
        )

    def _specific(self, item: Planned) -> NewsItemPage:
        page, code = item.page, item.code
        related = item.source.related if item.source else item.related
        values = {
            "title": page.title,
            "slug": page.slug,
            "path": page.path,
            "depth": page.depth,
            "url_path": page.url_path,
            "live": True,
            "locale": page.locale,
            "translation_key": page.translation_key,
            "content_type": page.content_type,
            "first_published_at": page.first_published_at,
            "last_published_at": page.last_published_at,
            "publication_date": item.published,
            "summary": item.story.summary(code),
            "hero_image_id": self.photos[item.photos[0]] if self.rng.random() < 0.9 else None,
            "body": self._body(item, related),
        }
        extra = {}
        if item.kind is ReportPage:
            findings = [("finding", item.story.sentences(code, 1)) for _ in range(3)]
            extra = {
                "index_number": f"MDE {19 + item.story.country}/{page.pk}/{item.published.year}",
                "key_findings": findings,
            }
        elif item.kind is CampaignVictoryPage:
            extra = {
                "campaign": item.story.title(code)[:200],
                "outcome": item.story.sentences(code, 2)[:1000],
            }
        return item.kind(
            pk=page.pk, page_ptr_id=page.pk, newsitempage_ptr_id=page.pk, **values, **extra
        )

    def _body(self, item: Planned, related: list[int]) -> list[tuple[str, object]]:
        """Ten blocks, about 800 words: six paragraphs, two photographs, a quote, a key fact,
        and links to related items (a call to action and a related-content list). Values are
        given as the blocks' Python values (images and pages as instances), so neither the
        insert nor Wagtail's search index reads them back from the database."""
        story, code = item.story, item.code
        headings, (quote, role) = HEADINGS[code], QUOTES[code]
        images = [self.images[self.photos[position]] for position in item.photos]

        def paragraph(sentences: int = 8) -> RichText:
            return RichText(f"<p>{story.sentences(code, sentences)}</p>")

        figure = str(self.rng.randrange(20, 3000))
        blocks: list[tuple[str, object]] = [
            ("paragraph", paragraph()),
            ("image", {"image": images[0], "caption": ""}),
            ("heading", {"text": headings[0], "level": "2"}),
            ("paragraph", paragraph()),
            ("quote", {"text": quote, "speaker": story.name, "role": role}),
            ("paragraph", paragraph()),
            ("key_fact", {"figure": figure, "label": KEY_FACTS[code], "source": "UN"}),
            ("image", {"image": images[1], "caption": story.sentences(code, 1)}),
            ("heading", {"text": headings[2], "level": "2"}),
            ("paragraph", paragraph(24)),
        ]
        if related:
            pages = [Page(pk=pk) for pk in related]
            blocks[8] = ("related_content", {"heading": headings[1], "items": pages})
            blocks.append(("call_to_action", {"text": headings[1], "page": pages[0], "url": ""}))
        return blocks

    def _links(self, planned: list[Planned]) -> None:
        topics, countries, related = [], [], []
        topic_model = NewsItemPage.topics.through
        country_model = NewsItemPage.countries.through
        for item in planned:
            pk = item.page.pk
            chooser = random.Random(str(item.translation_key))
            for topic in chooser.sample(self.topics, min(2, len(self.topics))):
                topics.append(topic_model(newsitempage_id=pk, topic_id=topic.pk))
            for country in chooser.sample(self.countries, min(1, len(self.countries))):
                countries.append(country_model(newsitempage_id=pk, country_id=country.pk))
            targets = item.source.related if item.source else item.related
            for order, target in enumerate(target for target in targets if target != pk):
                related.append(RelatedNewsItem(page_id=pk, item_id=target, sort_order=order))
        topic_model.objects.bulk_create(topics)
        country_model.objects.bulk_create(countries)
        RelatedNewsItem.objects.bulk_create(related)


def _last_position(index: Page) -> int:
    last = (
        Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return Page._str2int(last[-Page.steplen :]) if last else 0


def generate_archive(count: int, seed: int = 2026) -> Report:
    """Add `count` live news items to the demo newsroom (built first if missing)."""
    return ArchiveWriter(seed).generate(count)
