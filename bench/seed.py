"""Seed the bench newsroom fast: page rows are inserted in bulk, not through `add_child`.

Django cannot `bulk_create` multi-table models, so each table of the page hierarchy (Page,
NewsItemPage, the concrete kind) gets one multi-row INSERT per batch. Tree paths are computed
the way treebeard does. Seeding is incremental: growing 20 -> 100 -> 1000 only adds rows.
Signals are not sent (search indexing is not what the bench measures).
"""

import datetime
import json
import random
import uuid
from collections.abc import Iterator

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from cms.media.models import NewsroomImage
from newsroom_pages.demo.images import draw_placeholder_photo
from newsroom_pages.pages import (
    CampaignVictoryPage,
    NewsItemPage,
    NewsroomIndexPage,
    PressReleasePage,
    RelatedNewsItem,
    ReportPage,
)
from newsroom_pages.snippets import Country, Topic

BATCH = 200
PHOTOS = 4
TOPICS = [f"Topic {n}" for n in range(12)]
COUNTRIES = [("Libya", "LY"), ("Egypt", "EG"), ("Sudan", "SD"), ("Yemen", "YE"), ("Syria", "SY")]
KINDS = (PressReleasePage, ReportPage, CampaignVictoryPage)
KIND_FIELDS = {
    PressReleasePage: {},
    ReportPage: {"index_number": "MDE 19/3084/2020", "key_findings": "[]"},
    CampaignVictoryPage: {"campaign": "Free the protesters", "outcome": "They were released."},
}
FIRST_DATE = datetime.date(2015, 1, 1)


def seed_newsroom(total: int) -> int:
    """Grow the newsroom to `total` items; returns how many were added."""
    with transaction.atomic():
        index = ensure_newsroom_index()
        existing = NewsItemPage.objects.count()
        if existing >= total:
            return 0
        context = SeedContext.load()
        for start in range(existing, total, BATCH):
            insert_items(index, context, range(start, min(start + BATCH, total)))
        return total - existing


def ensure_newsroom_index() -> NewsroomIndexPage:
    index = NewsroomIndexPage.objects.first()
    if index is None:
        home = Site.objects.get(is_default_site=True).root_page
        index = home.add_child(instance=NewsroomIndexPage(title="Newsroom", slug="newsroom"))
    return index


class SeedContext:
    def __init__(self, images, topics, countries, locale) -> None:
        self.images, self.topics, self.countries, self.locale = images, topics, countries, locale
        self.random = random.Random(2026)

    @classmethod
    def load(cls) -> "SeedContext":
        locale = Locale.get_default()
        return cls(ensure_images(), ensure_topics(locale), ensure_countries(locale), locale)


def ensure_images() -> list[NewsroomImage]:
    images = list(NewsroomImage.objects.filter(title__startswith="Bench photo")[:PHOTOS])
    colours = [(160, 80, 60), (60, 110, 160), (90, 140, 70), (150, 130, 60)]
    for n in range(len(images), PHOTOS):
        image = NewsroomImage(
            title=f"Bench photo {n}",
            file=draw_placeholder_photo(f"Bench photo {n}", colours[n]),
            alt_text=f"Protesters gather in square {n}",
            caption=f"Protesters gather in square {n}.",
            credit="Photo by MAHMUD TURKIA/AFP via Getty Images",
        )
        image.save()
        images.append(image)
    return images


def ensure_topics(locale: Locale) -> list[Topic]:
    for name in TOPICS:
        Topic.objects.get_or_create(
            locale=locale, slug=name.lower().replace(" ", "-"), defaults={"name": name}
        )
    return list(Topic.objects.filter(locale=locale))


def ensure_countries(locale: Locale) -> list[Country]:
    for name, code in COUNTRIES:
        Country.objects.get_or_create(locale=locale, iso_code=code, defaults={"name": name})
    return list(Country.objects.filter(locale=locale))


def insert_items(index: NewsroomIndexPage, context: SeedContext, numbers: range) -> None:
    now = timezone.now()
    index.refresh_from_db()
    pages = []
    for offset, number in enumerate(numbers):
        kind = KINDS[number % len(KINDS)]
        slug = f"bench-item-{number}"
        pages.append(
            Page(
                title=f"Bench item {number}: accountability for detentions",
                draft_title=f"Bench item {number}: accountability for detentions",
                slug=slug,
                content_type=ContentType.objects.get_for_model(kind),
                path=Page._get_path(index.path, index.depth + 1, index.numchild + offset + 1),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                locale=context.locale,
                translation_key=uuid.uuid4(),
            )
        )
    Page.objects.bulk_create(pages)
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + len(pages))
    known_ids = list(NewsItemPage.objects.values_list("pk", flat=True)[:500])
    items = [
        build_item(page, number, context, known_ids)
        for page, number in zip(pages, numbers, strict=True)
    ]
    insert_rows(NewsItemPage, items)
    for kind in KINDS:
        rows = [
            kind(page_ptr_id=p.pk, newsitempage_ptr_id=p.pk, **KIND_FIELDS[kind])
            for p in pages
            if p.content_type_id == ContentType.objects.get_for_model(kind).pk
        ]
        insert_rows(kind, rows)
    link_items(pages, context, known_ids)


def build_item(page: Page, number: int, context: SeedContext, known_ids: list[int]) -> NewsItemPage:
    related = context.random.sample(known_ids, 3) if len(known_ids) >= 3 else [page.pk]
    return NewsItemPage(
        page_ptr_id=page.pk,
        publication_date=FIRST_DATE + datetime.timedelta(days=number),
        summary="Authorities must release everyone detained for peaceful protest. " * 3,
        hero_image=context.images[number % len(context.images)],
        body=json.dumps(list(body_blocks(number, context, related))),
    )


def body_blocks(number: int, context: SeedContext, related: list[int]) -> Iterator[dict]:
    """Ten blocks, among them two images, a quote and a related-content list."""
    images = context.images
    paragraph = "<p>Witnesses described arbitrary arrests and <b>incommunicado</b> detention.</p>"
    blocks = [
        ("paragraph", paragraph),
        ("heading", {"text": "What happened", "level": "2"}),
        ("image", {"image": images[number % len(images)].pk, "caption": ""}),
        ("quote", {"text": "They took him at night.", "speaker": "A relative", "role": ""}),
        ("paragraph", paragraph),
        ("key_fact", {"figure": "1,200", "label": "people detained", "source": "UN"}),
        ("image", {"image": images[(number + 1) % len(images)].pk, "caption": "In the square."}),
        ("call_to_action", {"text": "Read more", "page": related[0], "url": ""}),
        ("related_content", {"heading": "Related", "items": related}),
        ("paragraph", paragraph),
    ]
    for block_type, value in blocks:
        yield {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def insert_rows(model, rows: list) -> None:
    """One multi-row INSERT into the model's own table only (its parents exist already)."""
    if rows:
        fields = [f for f in model._meta.local_concrete_fields]
        model._base_manager._insert(rows, fields=fields)


def link_items(pages: list[Page], context: SeedContext, known_ids: list[int]) -> None:
    pick = context.random
    topic_rows, country_rows, related_rows = [], [], []
    candidates = known_ids or [p.pk for p in pages]
    for page in pages:
        for topic in pick.sample(context.topics, 2):
            topic_rows.append(NewsItemPage.topics.through(newsitempage_id=page.pk, topic=topic))
        for country in pick.sample(context.countries, 2):
            country_rows.append(
                NewsItemPage.countries.through(newsitempage_id=page.pk, country=country)
            )
        for order, item_id in enumerate(pick.sample(candidates, min(3, len(candidates)))):
            related_rows.append(RelatedNewsItem(page_id=page.pk, item_id=item_id, sort_order=order))
    NewsItemPage.topics.through.objects.bulk_create(topic_rows)
    NewsItemPage.countries.through.objects.bulk_create(country_rows)
    RelatedNewsItem.objects.bulk_create(related_rows)
