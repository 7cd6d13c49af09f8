"""What every body block shares in the API: the `StreamBlock` interface and the value it wraps.

The interface resolves a block's GraphQL type from the value itself (set by the block registry
when the block is built), so it needs no table of types and nothing here imports the registry.
"""

from dataclasses import dataclass, field

import graphene

from cms.api.core.identity import Node, global_id


@dataclass
class BodyBlock:
    id: str
    block_type: str
    value: dict
    graphql_type: type = field(repr=False, default=None)
    page_id: int | None = None

    def __getattr__(self, name: str):
        """Block fields read as attributes, so GraphQL's default resolver finds them."""
        try:
            return self.__dict__["value"][name]
        except KeyError:
            raise AttributeError(name) from None


def block_key(page_id: int | None, block_id: str) -> str:
    return f"{page_id}:{block_id}"


class StreamBlock(graphene.Interface):
    """One block of a news item's body; `__typename` says which kind."""

    id = graphene.ID(
        required=True,
        description="Global id of this block on this page in this locale (a translation's "
        "blocks have ids of their own).",
    )
    block_id = graphene.String(
        required=True,
        description="The block's UUID as stored; a translation shares its source's UUIDs, so "
        "it is not unique across locales (the former `id` was `<pageDatabaseId>:<blockId>`).",
    )
    block_type = graphene.String(required=True, description="The StreamField block name.")

    class Meta:
        interfaces = (Node,)

    @classmethod
    def resolve_type(cls, block: BodyBlock, info):
        return block.graphql_type

    @staticmethod
    def resolve_id(block: BodyBlock, info) -> str:
        """Translations copy the source page's block UUIDs, so a UUID alone would make an
        Arabic paragraph and its English original one object in a client's cache."""
        return global_id("StreamBlock", block_key(block.page_id, block.id))

    @staticmethod
    def resolve_block_id(block: BodyBlock, info) -> str:
        return block.id
