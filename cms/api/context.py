"""What a GraphQL request carries through its resolvers: the request and its batch loaders."""

from django.http import HttpRequest

from cms.media.urls import request_base

from .media.loaders import MediaLoader
from .pages.loaders import PageLoader
from .restrictions import Restrictions


class ApiContext:
    def __init__(self, request: HttpRequest | None) -> None:
        self.request = request
        restrictions = Restrictions()
        self.media = MediaLoader(restrictions.collection_paths, base_url=request_base(request))
        self.pages = PageLoader(self.media, restricted_paths=restrictions.page_paths)
        if request is not None:
            request.api_context = self  # read back by cms/api/shown.py

    @property
    def user(self):
        return getattr(self.request, "user", None)
