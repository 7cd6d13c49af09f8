"""StreamField bodies for the API, built from the stored JSON with batched lookups.

Wagtail's own StreamValue resolves chooser blocks per block type and page choosers into
specific pages (a query per page type); working from raw data keeps a body of 50 blocks at
the same query count as a body of 5.
"""

from collections import defaultdict
from dataclasses import dataclass

from wagtail.embeds.models import Embed

from newsroom_pages.richtext import RichTextReferences, collect_references, to_frontend_html


def _list_values(raw: list | None) -> list:
    """ListBlock items are stored as {"type": "item", "value": ...} (older data: bare values)."""
    return [item.get("value") if isinstance(item, dict) else item for item in raw or []]


@dataclass
class BodyBlock:
    id: str
    block_type: str
    value: dict

    def __getattr__(self, name: str):
        """Block fields read as attributes, so GraphQL's default resolver finds them."""
        try:
            return self.__dict__["value"][name]
        except KeyError:
            raise AttributeError(name) from None


class BodyLoader:
    def __init__(self, pages) -> None:
        self.pages = pages
        self.media = pages.media
        self._blocks: dict[int, list[BodyBlock]] = {}
        self._links: dict[int, int] = {}

    def blocks_for(self, page) -> list[BodyBlock]:
        if page.pk not in self._blocks:
            pending = [p for pk, p in self.pages.pool.items() if pk not in self._blocks]
            if page.pk not in self.pages.pool:
                pending.append(page)
            self._load([p for p in pending if hasattr(p, "publication_date")])
        return self._blocks.get(page.pk, [])

    def _raw_bodies(self, pages) -> dict[int, list[dict]]:
        from newsroom_pages.pages import NewsItemPage

        loaded = {p.pk: p.body.raw_data for p in pages if "body" not in p.get_deferred_fields()}
        missing = [p.pk for p in pages if p.pk not in loaded]
        if missing:
            for pk, body in NewsItemPage.objects.filter(pk__in=missing).values_list("pk", "body"):
                loaded[pk] = body.raw_data if hasattr(body, "raw_data") else (body or [])
        return loaded

    def _load(self, pages) -> None:
        raw_bodies = self._raw_bodies(pages)
        references = RichTextReferences()
        image_ids, related_ids, embed_urls = set(), set(), set()
        linked_by_locale: dict[str, set[int]] = defaultdict(set)
        for page in pages:
            own, own_related = RichTextReferences(), set()
            self._collect(raw_bodies.get(page.pk, []), own, image_ids, own_related, embed_urls)
            linked_by_locale[page.locale.language_code] |= own.page_ids | own_related
            references.page_ids |= own.page_ids
            references.document_ids |= own.document_ids
            related_ids |= own_related
        self.translated = self.pages.translated_links(linked_by_locale)
        for mapping in self.translated.values():
            references.page_ids |= {
                mapping[pk] for pk in list(references.page_ids) if pk in mapping
            }
            related_ids |= {mapping[pk] for pk in list(related_ids) if pk in mapping}
        self.images = self.media.load_images(i for i in image_ids if i)
        self.documents = self.media.load_documents(i for i in references.document_ids if i)
        self.linked_paths = self.pages.frontend_paths(references.page_ids)
        self.related = self.pages.news_items_by_id(related_ids, pages[0])
        self.embeds = (
            {e.url: e for e in Embed.objects.filter(url__in=embed_urls)} if embed_urls else {}
        )
        for page in pages:
            self._links = self.translated.get(page.locale.language_code, {})
            blocks = (self._block(raw) for raw in raw_bodies.get(page.pk, []))
            self._blocks[page.pk] = [block for block in blocks if block is not None]

    @staticmethod
    def _collect(body, references, image_ids, related_ids, embed_urls) -> None:
        for block in body:
            kind, value = block.get("type"), block.get("value")
            if kind == "paragraph":
                collect_references(value or "", references)
            elif kind == "image":
                image_ids.add(value.get("image"))
            elif kind == "document":
                references.document_ids.add(value.get("document"))
            elif kind == "call_to_action" and value.get("page"):
                references.page_ids.add(value["page"])
            elif kind == "related_content":
                related_ids.update(pk for pk in _list_values(value.get("items")) if pk)
            elif kind == "embed" and value:
                embed_urls.add(value)

    def _block(self, raw: dict) -> BodyBlock | None:
        kind, value = raw.get("type"), raw.get("value")
        build = getattr(self, f"_{kind}", None)
        resolved = build(value) if build else None
        return BodyBlock(raw.get("id", ""), kind, resolved) if resolved is not None else None

    def _target(self, page_id):
        """A link's target in the reader's locale when it has a live translation there."""
        return self._links.get(page_id, page_id)

    def _paragraph(self, value: str) -> dict:
        html = to_frontend_html(
            value or "",
            lambda pk: self.linked_paths.get(self._target(pk)),
            self.media.loaded_document_url,
        )
        return {"html": html}

    def _heading(self, value: dict) -> dict:
        return {"text": value.get("text", ""), "level": int(value.get("level") or 2)}

    def _image(self, value: dict) -> dict | None:
        image = self.images.get(value.get("image"))
        if image is None:
            return None
        return {
            "image": image,
            "caption": value.get("caption") or image.caption,
            "credit": image.credit,
            "alt": image.default_alt_text,
        }

    def _quote(self, value: dict) -> dict:
        return {
            "text": value.get("text", ""),
            "speaker": value.get("speaker", ""),
            "role": value.get("role") or "",
        }

    def _embed(self, value: str) -> dict | None:
        if not value:
            return None
        embed = self.embeds.get(value)
        return {
            "url": value,
            "html": embed.html if embed else "",
            "provider_name": embed.provider_name if embed else None,
        }

    def _document(self, value: dict) -> dict | None:
        document = self.documents.get(value.get("document"))
        if document is None:
            return None
        return {"document": document, "label": value.get("label") or document.title}

    def _call_to_action(self, value: dict) -> dict | None:
        url = value.get("url") or self.linked_paths.get(self._target(value.get("page")))
        return {"text": value.get("text", ""), "url": url} if url else None

    def _key_fact(self, value: dict) -> dict:
        return {
            "figure": value.get("figure", ""),
            "label": value.get("label", ""),
            "source": value.get("source") or "",
        }

    def _related_content(self, value: dict) -> dict | None:
        targets = [self._target(pk) for pk in _list_values(value.get("items"))]
        items = [self.related[pk] for pk in targets if pk in self.related]
        return {"heading": value.get("heading") or "", "items": items} if items else None
