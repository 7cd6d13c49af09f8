from django.urls import path

from . import sitemaps, syndication

app_name = "feeds"

urlpatterns = [
    path("feeds/<str:locale>/rss.xml", syndication.rss, name="rss"),
    path("feeds/<str:locale>/atom.xml", syndication.atom, name="atom"),
    path("feeds/<str:locale>/feed.json", syndication.json_feed, name="json"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap-index"),
    path("sitemaps/<str:locale>-<int:part>.xml", sitemaps.locale_sitemap, name="sitemap-part"),
    path("sitemaps/<str:locale>.xml", sitemaps.locale_sitemap, name="sitemap"),
    path("sitemap-news.xml", sitemaps.news_sitemap, name="news-sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
]
