"""What the distribution area adds to the schema: redirects for frontends and the delta sync for
builds (`seo` hangs off every page type)."""

import graphene

from cms.api.distribution.redirects import (
    REDIRECT_FIELD,
    REDIRECTS_FIELD,
    resolve_redirect,
    resolve_redirects,
)
from cms.api.distribution.sync import SYNC_FIELD, resolve_sync


class DistributionQuery(graphene.ObjectType):
    redirect = REDIRECT_FIELD
    redirects = REDIRECTS_FIELD
    sync = SYNC_FIELD

    resolve_redirect = staticmethod(resolve_redirect)
    resolve_redirects = staticmethod(resolve_redirects)
    resolve_sync = staticmethod(resolve_sync)


QUERY = DistributionQuery
TYPES = ()
