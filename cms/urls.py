from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.cache.decorator import cache_graphql_responses
from cms.api.shown import with_shown_headers
from cms.api.views import graphql_view

urlpatterns = [
    path("graphql/", cache_graphql_responses(with_shown_headers(graphql_view())), name="graphql"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("preview/", include("cms.landing.urls")),
]

if settings.NEWSROOM_SERVE_LOCAL_MEDIA:
    from django.views.static import serve

    # Media on local disk (dev, tests): the URLs the API gives out must load from this host.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += [path("", include(wagtail_urls))]
