from django.apps import AppConfig


class FeedsConfig(AppConfig):
    """Feeds, sitemaps and robots.txt: how readers, aggregators and crawlers find the news."""

    name = "cms.feeds"
    label = "feeds"
    verbose_name = "Feeds and sitemaps"
