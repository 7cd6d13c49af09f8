from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.cache.decorator import cache_graphql_responses
from cms.api.views import graphql_view
from cms.landing.urls import embargo_urlpatterns

urlpatterns = [
    path("graphql/", cache_graphql_responses(graphql_view()), name="graphql"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("preview/", include("cms.landing.urls")),
    path("embargo/", include(embargo_urlpatterns)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
