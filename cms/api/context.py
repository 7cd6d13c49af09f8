"""What a GraphQL request carries through its resolvers: the request and its batch loaders."""

from django.http import HttpRequest

from newsroom_pages.privacy import Restrictions

from .media.loaders import MediaLoader
from .pages.loaders import PageLoader


class ApiContext:
    def __init__(self, request: HttpRequest | None) -> None:
        self.request = request
        restrictions = Restrictions()
        self.media = MediaLoader(restrictions)
        self.pages = PageLoader(self.media, restrictions)

    @property
    def user(self):
        return getattr(self.request, "user", None)
