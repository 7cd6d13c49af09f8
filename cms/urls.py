from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api.http.views import graphql_view
from cms.conf import newsroom
from cms.landing.urls import embargo_urlpatterns
from cms.media.local_storage import serve_media

handler500 = "cms.db.availability.handler500"

urlpatterns = [
    path("graphql/", graphql_view(), name="graphql"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("preview/", include("cms.landing.urls")),
    path("", include("cms.feeds.urls")),
    path("", include("cms.ninjs.urls")),
    path("embargo/", include(embargo_urlpatterns)),
]

if newsroom.SERVE_LOCAL_MEDIA:
    # Media on local disk (dev, tests): the URLs the API gives out must load from this host,
    # and nothing private loads without a signed link (cms/media/local_storage.py).
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media, name="media")]

# Page routes only redirect to the frontends (newsroom_pages/frontend.py); the locale prefix
# (/ar/newsroom/…) selects the translation, as on the frontends.
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=False)
