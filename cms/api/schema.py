"""Schema assembly only: each area of the API declares in its `schema.py` the root fields it adds
(`QUERY`) and the types reached only through interfaces (`TYPES`); the schema is their sum."""

import graphene

from cms.api.distribution import schema as distribution
from cms.api.embargo import schema as embargo
from cms.api.media import schema as media
from cms.api.nodes import schema as nodes
from cms.api.pages import schema as pages

AREAS = (pages, nodes, distribution, media, embargo)


class Query(*(area.QUERY for area in AREAS if area.QUERY), graphene.ObjectType):
    """Everything a frontend reads: pages, listings, taxonomy, any object by id, redirects
    and the delta sync for builds."""


schema = graphene.Schema(query=Query, types=[t for area in AREAS for t in area.TYPES])
