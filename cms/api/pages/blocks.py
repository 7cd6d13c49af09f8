"""The block registry: every StreamField block of `newsroom_pages.blocks.NewsBodyBlock`, declared
once with its API type, the references it collects for batched loading and how it builds its
API value.

Adding a block: the Wagtail block in newsroom_pages/blocks.py (what editors fill in) and one
`@body_block` class here (what frontends get). `tests/api/test_block_registry.py` fails while
the two disagree, and a block the registry does not know is left out of the API rather than
dispatched by name.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import graphene

from cms.api.core.identity import Node
from cms.api.media.types import Document, Image
from cms.api.pages.stream import StreamBlock
from cms.api.pages.types import NewsItem
from newsroom_pages.richtext import RichTextReferences, collect_references
from newsroom_pages.safe_urls import safe_url


@dataclass
class References(RichTextReferences):
    """What a set of bodies points at, gathered before anything is loaded. Page ids are links
    (only their frontend path is needed); related ids are items shown as cards."""

    image_ids: set[int] = field(default_factory=set)
    related_ids: set[int] = field(default_factory=set)
    embed_urls: set[str] = field(default_factory=set)


class Resolved(Protocol):
    """The batch-loaded targets of one page's references, in that page's locale."""

    def image(self, pk: Any): ...
    def document(self, pk: Any): ...
    def page_path(self, pk: Any) -> str | None: ...
    def related_item(self, pk: Any): ...
    def embed(self, url: str): ...
    def html(self, source: str) -> str: ...


@dataclass(frozen=True)
class BlockSpec:
    type: type[graphene.ObjectType]
    collect: Callable[[Any, References], None]
    build: Callable[[Any, Resolved], dict | None]


BLOCKS: dict[str, BlockSpec] = {}


def _collects_nothing(value: Any, references: References) -> None:
    return None


def body_block(name: str):
    """Registers a GraphQL block type under its StreamField name. The class provides
    `build(value, resolved)` (None leaves the block out, e.g. a link to a page that is not
    public) and optionally `collect(value, references)`."""

    def register(cls: type[graphene.ObjectType]) -> type[graphene.ObjectType]:
        collect = getattr(cls, "collect", _collects_nothing)
        BLOCKS[name] = BlockSpec(type=cls, collect=collect, build=cls.build)
        return cls

    return register


def list_values(raw: list | None) -> list:
    """ListBlock items are stored as {"type": "item", "value": ...} (older data: bare values)."""
    return [item.get("value") if isinstance(item, dict) else item for item in raw or []]


@body_block("paragraph")
class ParagraphBlock(graphene.ObjectType):
    """Rich text: a paragraph, list or short passage."""

    html = graphene.String(required=True, description="Links are frontend paths or media URLs.")

    class Meta:
        interfaces = (Node, StreamBlock)

    @staticmethod
    def collect(value: str, references: References) -> None:
        collect_references(value or "", references)

    @staticmethod
    def build(value: str, resolved: Resolved) -> dict:
        return {"html": resolved.html(value or "")}


@body_block("heading")
class HeadingBlock(graphene.ObjectType):
    """A heading inside the article."""

    text = graphene.String(required=True, description="Plain text.")
    level = graphene.Int(required=True, description="2, 3 or 4.")

    class Meta:
        interfaces = (Node, StreamBlock)

    @staticmethod
    def build(value: dict, resolved: Resolved) -> dict:
        return {"text": value.get("text", ""), "level": int(value.get("level") or 2)}


@body_block("image")
class ImageBlock(graphene.ObjectType):
    """A photograph in the article, shown with its credit."""

    image = graphene.Field(Image, required=True, description="The image and its renditions.")
    caption = graphene.String(required=True, description="The editor's caption or the image's.")
    credit = graphene.String(required=True, description="Always the image's own credit.")
    alt = graphene.String(required=True, description="Empty for a decorative image.")

    class Meta:
        interfaces = (Node, StreamBlock)

    @staticmethod
    def collect(value: dict, references: References) -> None:
        if value.get("image"):
            references.image_ids.add(value["image"])

    @staticmethod
    def build(value: dict, resolved: Resolved) -> dict | None:
        image = resolved.image(value.get("image"))
        if image is None:
            return None
        return {
            "image": image,
            "caption": value.get("caption") or image.caption,
            "credit": image.credit,
            "alt": image.default_alt_text,
        }


@body_block("quote")
class QuoteBlock(graphene.ObjectType):
    """A quotation and who said it."""

    text = graphene.String(required=True, description="The words quoted, plain text.")
    speaker = graphene.String(required=True, description="Who said it; may be empty.")
    role = graphene.String(required=True, description="The speaker's role; may be empty.")

    class Meta:
        interfaces = (Node, StreamBlock)

    @staticmethod
    def build(value: dict, resolved: Resolved) -> dict:
        return {
            "text": value.get("text", ""),
            "speaker": value.get("speaker", ""),
            "role": value.get("role") or "",
        }


@body_block("embed")
class EmbedBlock(graphene.ObjectType):
    """A video or other embedded media from a provider (oEmbed)."""

    url = graphene.String(required=True, description="The media's page at its provider.")
    html = graphene.String(
        required=True, description="Provider markup; empty until the embed has been fetched."
    )
    provider_name = graphene.String(description="E.g. YouTube; null when unknown.")

    class Meta:
        interfaces = (Node, StreamBlock)

    @staticmethod
    def collect(value: str, references: References) -> None:
        if value:
            references.embed_urls.add(value)

    @staticmethod
    def build(value: str, resolved: Resolved) -> dict | None:
        url = safe_url(value)
        if not url:
            return None
        embed = resolved.embed(value)
        return {
            "url": url,
            "html": embed.html if embed else "",
            "provider_name": embed.provider_name if embed else None,
        }


@body_block("document")
class DocumentBlock(graphene.ObjectType):
    """A download link to a document."""

    document = graphene.Field(Document, required=True, description="The file to download.")
    label = graphene.String(required=True, description="The link's text.")

    class Meta:
        interfaces = (Node, StreamBlock)

    @staticmethod
    def collect(value: dict, references: References) -> None:
        if value.get("document"):
            references.document_ids.add(value["document"])

    @staticmethod
    def build(value: dict, resolved: Resolved) -> dict | None:
        document = resolved.document(value.get("document"))
        if document is None:
            return None
        return {"document": document, "label": value.get("label") or document.title}


@body_block("call_to_action")
class CallToActionBlock(graphene.ObjectType):
    """A button: act, sign, donate, read more."""

    text = graphene.String(required=True, description="The button's text.")
    url = graphene.String(required=True, description="A frontend path or an external URL.")

    class Meta:
        interfaces = (Node, StreamBlock)

    @staticmethod
    def collect(value: dict, references: References) -> None:
        if value.get("page"):
            references.page_ids.add(value["page"])

    @staticmethod
    def build(value: dict, resolved: Resolved) -> dict | None:
        url = safe_url(value.get("url")) or resolved.page_path(value.get("page"))
        return {"text": value.get("text", ""), "url": url} if url else None


@body_block("key_fact")
class KeyFactBlock(graphene.ObjectType):
    """A figure to stand out: a number, what it counts, where it comes from."""

    figure = graphene.String(required=True, description="E.g. 1.2 million.")
    label = graphene.String(required=True, description="What the figure counts.")
    source = graphene.String(required=True, description="Where it comes from; may be empty.")

    class Meta:
        interfaces = (Node, StreamBlock)

    @staticmethod
    def build(value: dict, resolved: Resolved) -> dict:
        return {
            "figure": value.get("figure", ""),
            "label": value.get("label", ""),
            "source": value.get("source") or "",
        }


@body_block("related_content")
class RelatedContentBlock(graphene.ObjectType):
    """A list of other news items, under a heading."""

    heading = graphene.String(required=True, description="May be empty.")
    items = graphene.List(
        graphene.NonNull(NewsItem),
        required=True,
        description="In the editor's order and the page's language; not public ones left out.",
    )

    class Meta:
        interfaces = (Node, StreamBlock)

    @staticmethod
    def collect(value: dict, references: References) -> None:
        references.related_ids.update(pk for pk in list_values(value.get("items")) if pk)

    @staticmethod
    def build(value: dict, resolved: Resolved) -> dict | None:
        items = [resolved.related_item(pk) for pk in list_values(value.get("items"))]
        items = [item for item in items if item is not None]
        return {"heading": value.get("heading") or "", "items": items} if items else None
