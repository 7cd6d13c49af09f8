"""What a GraphQL request carries through its resolvers: the request and its batch loaders."""

from django.http import HttpRequest

from cms.api.media.loaders import MediaLoader
from cms.api.pages.loaders import PageLoader
from cms.media.urls import request_base
from newsroom_pages.privacy import Restrictions
from newsroom_pages.sites import SiteScope


class ApiContext:
    def __init__(
        self,
        request: HttpRequest | None,
        site: SiteScope | None,
        field_names: frozenset[str] | None = None,
    ) -> None:
        """`field_names`: what the document selects (None: anything)."""
        self.request = request
        self.site = site
        restrictions = Restrictions()
        self.media = MediaLoader(restrictions, base_url=request_base(request))
        self.pages = PageLoader(self.media, restrictions, site, field_names)
        if request is not None:
            request.api_context = self  # read back by cms/api/http/shown.py

    @property
    def user(self):
        return getattr(self.request, "user", None)
