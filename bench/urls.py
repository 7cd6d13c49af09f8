"""The product's URLs plus the peers, each under its own prefix."""

from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView
from grapple.schema import schema as grapple_schema
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.v3.urls import api as rest_v3_api

from cms.urls import urlpatterns as product_urlpatterns

from .ceiling import cached_ceiling
from .floor import floor_listing

rest_api = WagtailAPIRouter("bench_rest")
rest_api.register_endpoint("pages", PagesAPIViewSet)

grapple_view = csrf_exempt(GraphQLView.as_view(schema=grapple_schema))

urlpatterns = [
    path("rest/", rest_api.urls),
    path("rest-v3/", rest_v3_api.urls),
    path("grapple/graphql/", grapple_view),
    path("bench/cached-ceiling/", cached_ceiling),
    path("bench/floor/listing/", floor_listing),
    *product_urlpatterns,  # appended, not included: they hold i18n_patterns
]
