"""The product's URLs plus the peers, each under its own prefix."""

from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView
from grapple.schema import schema as grapple_schema
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

rest_api = WagtailAPIRouter("bench_rest")
rest_api.register_endpoint("pages", PagesAPIViewSet)

grapple_view = csrf_exempt(GraphQLView.as_view(schema=grapple_schema))

urlpatterns = [
    path("rest/", rest_api.urls),
    path("grapple/graphql/", grapple_view),
    path("", include("cms.urls")),
]
