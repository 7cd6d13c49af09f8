"""One GraphQL type per StreamField block (newsroom_pages/blocks.py), sharing `StreamBlock`."""

import graphene

from cms.api.media.types import Document, Image


class StreamBlock(graphene.Interface):
    id = graphene.ID(
        required=True,
        description="`<pageId>:<blockUuid>`: unique per page and locale, for normalised caches.",
    )
    block_type = graphene.String(required=True)

    @classmethod
    def resolve_type(cls, block, info):
        return BLOCK_TYPES[block.block_type]

    @staticmethod
    def resolve_id(block, info) -> str:
        """Translations copy the source page's block UUIDs, so a UUID alone would make an
        Arabic paragraph and its English original one object in a client's cache."""
        return f"{block.page_id}:{block.id}"


class ParagraphBlock(graphene.ObjectType):
    html = graphene.String(required=True, description="Links are frontend paths or media URLs.")

    class Meta:
        interfaces = (StreamBlock,)


class HeadingBlock(graphene.ObjectType):
    text = graphene.String(required=True)
    level = graphene.Int(required=True, description="2, 3 or 4.")

    class Meta:
        interfaces = (StreamBlock,)


class ImageBlock(graphene.ObjectType):
    image = graphene.Field(Image, required=True)
    caption = graphene.String(required=True, description="The editor's caption or the image's.")
    credit = graphene.String(required=True, description="Always the image's own credit.")
    alt = graphene.String(required=True)

    class Meta:
        interfaces = (StreamBlock,)


class QuoteBlock(graphene.ObjectType):
    text = graphene.String(required=True)
    speaker = graphene.String(required=True)
    role = graphene.String(required=True)

    class Meta:
        interfaces = (StreamBlock,)


class EmbedBlock(graphene.ObjectType):
    url = graphene.String(required=True)
    html = graphene.String(
        required=True, description="Provider markup; empty until the embed has been fetched."
    )
    provider_name = graphene.String()

    class Meta:
        interfaces = (StreamBlock,)


class DocumentBlock(graphene.ObjectType):
    document = graphene.Field(Document, required=True)
    label = graphene.String(required=True)

    class Meta:
        interfaces = (StreamBlock,)


class CallToActionBlock(graphene.ObjectType):
    text = graphene.String(required=True)
    url = graphene.String(required=True, description="A frontend path or an external URL.")

    class Meta:
        interfaces = (StreamBlock,)


class KeyFactBlock(graphene.ObjectType):
    figure = graphene.String(required=True)
    label = graphene.String(required=True)
    source = graphene.String(required=True)

    class Meta:
        interfaces = (StreamBlock,)


class RelatedContentBlock(graphene.ObjectType):
    heading = graphene.String(required=True)
    items = graphene.List(graphene.NonNull(lambda: _news_item()), required=True)

    class Meta:
        interfaces = (StreamBlock,)


def _news_item():
    from .types import NewsItem

    return NewsItem


BLOCK_TYPES = {
    "paragraph": ParagraphBlock,
    "heading": HeadingBlock,
    "image": ImageBlock,
    "quote": QuoteBlock,
    "embed": EmbedBlock,
    "document": DocumentBlock,
    "call_to_action": CallToActionBlock,
    "key_fact": KeyFactBlock,
    "related_content": RelatedContentBlock,
}
