"""What every body block shares in the API: the `StreamBlock` interface and the value it wraps.

The interface resolves a block's GraphQL type from the value itself (set by the block registry
when the block is built), so it needs no table of types and nothing here imports the registry.
"""

from dataclasses import dataclass, field

import graphene


@dataclass
class BodyBlock:
    id: str
    block_type: str
    value: dict
    graphql_type: type = field(repr=False, default=None)

    def __getattr__(self, name: str):
        """Block fields read as attributes, so GraphQL's default resolver finds them."""
        try:
            return self.__dict__["value"][name]
        except KeyError:
            raise AttributeError(name) from None


class StreamBlock(graphene.Interface):
    id = graphene.ID(required=True)
    block_type = graphene.String(required=True)

    @classmethod
    def resolve_type(cls, block: BodyBlock, info):
        return block.graphql_type
