"""Root fields for distribution: redirects for frontends and the delta sync for builds."""

import graphene

from .redirects import REDIRECT_FIELD, REDIRECTS_FIELD, resolve_redirect, resolve_redirects
from .sync import SYNC_FIELD, resolve_sync


class DistributionQuery(graphene.ObjectType):
    redirect = REDIRECT_FIELD
    redirects = REDIRECTS_FIELD
    sync = SYNC_FIELD

    resolve_redirect = staticmethod(resolve_redirect)
    resolve_redirects = staticmethod(resolve_redirects)
    resolve_sync = staticmethod(resolve_sync)
