"""Schema assembly only: each area of the API (pages/, media/) declares its own types."""

import graphene

from .distribution.query import DistributionQuery
from .nodes import NodeQuery
from .pages.blocks import BLOCKS
from .pages.query import NewsroomQuery
from .pages.types import PAGE_TYPES


class Query(NewsroomQuery, NodeQuery, DistributionQuery, graphene.ObjectType):
    """Everything a frontend reads: pages, listings, taxonomy, any object by id, redirects
    and the delta sync for builds."""


schema = graphene.Schema(
    query=Query, types=[*PAGE_TYPES.values(), *(spec.type for spec in BLOCKS.values())]
)
