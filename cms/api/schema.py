"""The schema only assembles each area's `Query`; the types live next to their domain."""

import graphene

from newsroom_pages.schema.blocks import BLOCK_TYPES
from newsroom_pages.schema.pages import PAGE_TYPES
from newsroom_pages.schema.query import NewsroomQuery


class Query(NewsroomQuery, graphene.ObjectType):
    pass


schema = graphene.Schema(query=Query, types=[*PAGE_TYPES.values(), *BLOCK_TYPES.values()])
