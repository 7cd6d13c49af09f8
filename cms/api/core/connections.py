"""What every connection shares (the Relay Cursor Connections spec): `pageInfo`."""

import graphene


class PageInfo(graphene.ObjectType):
    """Where a page of a connection sits: pass `endCursor` as `after` while `hasNextPage`."""

    has_next_page = graphene.Boolean(required=True, description="More follow this page.")
    has_previous_page = graphene.Boolean(
        required=True, description="Always false: connections are paginated forward only."
    )
    start_cursor = graphene.String(description="The first edge's cursor; null when empty.")
    end_cursor = graphene.String(description="The last edge's cursor: the next `after`.")
