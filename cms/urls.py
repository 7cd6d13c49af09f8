from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.cache.decorator import cache_graphql_responses
from cms.api.database import read_from_replica
from cms.api.views import graphql_view

handler500 = "cms.db.availability.handler500"

urlpatterns = [
    path("graphql/", cache_graphql_responses(read_from_replica(graphql_view())), name="graphql"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("preview/", include("cms.landing.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
