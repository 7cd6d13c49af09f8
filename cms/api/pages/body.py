"""StreamField bodies for the API, built from the stored JSON with batched lookups.

Wagtail's own StreamValue resolves chooser blocks per block type and page choosers into
specific pages (a query per page type); working from raw data keeps a body of 50 blocks at
the same query count as a body of 5. Each block's part (what it references, what it becomes)
is declared in the registry (`blocks.py`); this module only batches.
"""

from collections import defaultdict
from dataclasses import dataclass

from wagtail.embeds.models import Embed

from cms.api.pages.blocks import BLOCKS, References
from cms.api.pages.stream import BodyBlock
from newsroom_pages.pages import NewsItemPage
from newsroom_pages.richtext import to_frontend_html


@dataclass
class PageReferences:
    """The loaded targets as one page sees them: links followed to its locale's translation."""

    loader: "BodyLoader"
    links: dict[int, int]

    def _target(self, pk):
        return self.links.get(pk, pk)

    def image(self, pk):
        return self.loader.images.get(pk)

    def document(self, pk):
        return self.loader.documents.get(pk)

    def page_path(self, pk) -> str | None:
        return self.loader.linked_paths.get(self._target(pk))

    def related_item(self, pk):
        return self.loader.related.get(self._target(pk))

    def embed(self, url: str):
        return self.loader.embeds.get(url)

    def html(self, source: str) -> str:
        return to_frontend_html(source, self.page_path, self.loader.media.loaded_document_url)


def media_references(page) -> References:
    """The images and documents a page shows: hero image, report document and body (a
    preview token admits these, cms.api.media.loaders.MediaLoader.admit)."""
    own = References()
    if isinstance(page, NewsItemPage):
        for raw in page.body.raw_data:
            spec = BLOCKS.get(raw.get("type"))
            if spec is not None:
                spec.collect(raw.get("value"), own)
        own.image_ids.add(page.hero_image_id)
    own.document_ids.add(getattr(page, "report_document_id", None))
    return own


class BodyLoader:
    def __init__(self, pages) -> None:
        self.pages = pages
        self.media = pages.media
        self._blocks: dict[int, list[BodyBlock]] = {}

    def blocks_for(self, page) -> list[BodyBlock]:
        """A body for a news item; any other page (the newsroom index) has none, and never
        triggers a load of its own."""
        if not isinstance(page, NewsItemPage):
            return []
        if page.pk not in self._blocks:
            pending = [p for pk, p in self.pages.pool.items() if pk not in self._blocks]
            if page.pk not in self.pages.pool:
                pending.append(page)
            self._load([p for p in pending if isinstance(p, NewsItemPage)], page)
        return self._blocks.get(page.pk, [])

    @staticmethod
    def _raw_bodies(pages) -> dict[int, list[dict]]:
        loaded = {p.pk: p.body.raw_data for p in pages if "body" not in p.get_deferred_fields()}
        missing = [p.pk for p in pages if p.pk not in loaded]
        if missing:
            for pk, body in NewsItemPage.objects.filter(pk__in=missing).values_list("pk", "body"):
                loaded[pk] = body.raw_data if hasattr(body, "raw_data") else (body or [])
        return loaded

    def _load(self, pages: list[NewsItemPage], asking: NewsItemPage) -> None:
        raw_bodies = self._raw_bodies(pages)
        references = References()
        linked_by_locale: dict[str, set[int]] = defaultdict(set)
        for page in pages:
            own = References()
            for raw in raw_bodies.get(page.pk, []):
                spec = BLOCKS.get(raw.get("type"))
                if spec is not None:
                    spec.collect(raw.get("value"), own)
            linked_by_locale[page.locale.language_code] |= own.page_ids | own.related_ids
            references.page_ids |= own.page_ids
            references.document_ids |= own.document_ids
            references.image_ids |= own.image_ids
            references.related_ids |= own.related_ids
            references.embed_urls |= own.embed_urls
        translated = self.pages.translated_links(linked_by_locale)
        for mapping in translated.values():
            references.page_ids |= {mapping[pk] for pk in references.page_ids if pk in mapping}
            references.related_ids |= {
                mapping[pk] for pk in references.related_ids if pk in mapping
            }
        self.images = self.media.load_images(references.image_ids)
        self.documents = self.media.load_documents(references.document_ids)
        self.linked_paths = self.pages.frontend_paths(references.page_ids)
        self.related = self.pages.news_items_by_id(references.related_ids, asking)
        urls = references.embed_urls
        self.embeds = {e.url: e for e in Embed.objects.filter(url__in=urls)} if urls else {}
        for page in pages:
            resolved = PageReferences(self, translated.get(page.locale.language_code, {}))
            self._blocks[page.pk] = [
                block
                for raw in raw_bodies.get(page.pk, [])
                if (block := self._block(raw, resolved, page.pk)) is not None
            ]

    @staticmethod
    def _block(raw: dict, resolved: PageReferences, page_id: int) -> BodyBlock | None:
        kind = raw.get("type")
        spec = BLOCKS.get(kind)
        if spec is None:
            return None
        value = spec.build(raw.get("value"), resolved)
        if value is None:
            return None
        return BodyBlock(raw.get("id", ""), kind, value, spec.type, page_id)
