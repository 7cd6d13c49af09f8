"""What a GraphQL request carries through its resolvers: the request and its batch loaders."""

from django.http import HttpRequest

from newsroom_pages.privacy import Restrictions
from newsroom_pages.sites import SiteScope

from .media.loaders import MediaLoader
from .pages.loaders import PageLoader


class ApiContext:
    def __init__(self, request: HttpRequest | None, site: SiteScope | None) -> None:
        self.request = request
        self.site = site
        restrictions = Restrictions()
        self.media = MediaLoader(restrictions)
        self.pages = PageLoader(self.media, restrictions, site)

    @property
    def user(self):
        return getattr(self.request, "user", None)
