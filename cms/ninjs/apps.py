from django.apps import AppConfig


class NinjsConfig(AppConfig):
    """IPTC ninjs 2.1 for news agencies and syndication partners: each public news item, and
    a listing of what changed since a moment."""

    name = "cms.ninjs"
    label = "ninjs"
    verbose_name = "ninjs for agencies"
