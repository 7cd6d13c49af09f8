"""Filtering news items by kind, topic and country, shared by the API listing and the feeds.

Topics and countries match through their translation key, so `topic=death-penalty` or
`country=LY` select the same items in every locale.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet

from .pages import CampaignVictoryPage, NewsItemPage, PressReleasePage, ReportPage
from .snippets import Country, Topic

KIND_MODELS = {
    "PRESS_RELEASE": PressReleasePage,
    "REPORT": ReportPage,
    "CAMPAIGN_VICTORY": CampaignVictoryPage,
}


def classified(
    items: QuerySet, *, kind: str | None, topic: str | None, country: str | None
) -> QuerySet:
    if kind:
        items = items.filter(content_type=ContentType.objects.get_for_model(KIND_MODELS[kind]))
    if topic:
        keys = Topic.objects.filter(slug=topic).values("translation_key")
        through = NewsItemPage.topics.through.objects.filter(topic__translation_key__in=keys)
        items = items.filter(pk__in=through.values("newsitempage_id"))
    if country:
        keys = Country.objects.filter(iso_code=country.upper()).values("translation_key")
        through = NewsItemPage.countries.through.objects.filter(country__translation_key__in=keys)
        items = items.filter(pk__in=through.values("newsitempage_id"))
    return items
