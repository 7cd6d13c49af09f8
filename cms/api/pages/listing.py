"""`newsItems`: the newsroom listing with filters and keyset (cursor) pagination.

Keyset cursors (publication date, id) stay correct while editors publish: a new item never
shifts the next page the way an offset would.
"""

import base64
import binascii
import datetime
from dataclasses import dataclass

import graphene
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from graphql import GraphQLError
from wagtail.models import Locale as LocaleModel

from newsroom_pages import pages as models
from newsroom_pages.localization import in_locale
from newsroom_pages.snippets import Country as CountryModel
from newsroom_pages.snippets import Topic as TopicModel

from ..selection import selected_names
from .types import NewsItem, NewsKind

KIND_MODELS = {
    "PRESS_RELEASE": models.PressReleasePage,
    "REPORT": models.ReportPage,
    "CAMPAIGN_VICTORY": models.CampaignVictoryPage,
}
SEARCH_MAX_LENGTH = 200


class PageInfo(graphene.ObjectType):
    has_next_page = graphene.Boolean(required=True)
    has_previous_page = graphene.Boolean(required=True)
    start_cursor = graphene.String()
    end_cursor = graphene.String()


class NewsItemEdge(graphene.ObjectType):
    cursor = graphene.String(required=True)
    node = graphene.Field(NewsItem, required=True)


@dataclass
class Listing:
    edges: list
    page_info: PageInfo
    matching: QuerySet

    def total_count(self) -> int:
        return self.matching.count()


class NewsItemConnection(graphene.ObjectType):
    edges = graphene.List(graphene.NonNull(NewsItemEdge), required=True)
    page_info = graphene.Field(PageInfo, required=True)
    total_count = graphene.Int(required=True, description="Items matching the filters.")

    @staticmethod
    def resolve_total_count(listing: Listing, info) -> int:
        return listing.total_count()


def encode_cursor(page) -> str:
    raw = f"{page.publication_date.isoformat()}|{page.pk}".encode()
    return base64.urlsafe_b64encode(raw).decode()


def decode_cursor(cursor: str) -> tuple[datetime.date, int]:
    try:
        day, pk = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        return datetime.date.fromisoformat(day), int(pk)
    except (ValueError, binascii.Error, UnicodeError):
        raise GraphQLError("`after` is not a cursor returned by this API.") from None


def checked_locale(code: str | None) -> str:
    code = code or settings.LANGUAGE_CODE
    available = [language for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if code not in available:
        raise GraphQLError(f"Unknown locale '{code}'; available: {', '.join(available)}.")
    return code


def _search_ids(text: str, code: str) -> list[int]:
    if len(text) > SEARCH_MAX_LENGTH:
        raise GraphQLError(f"search is limited to {SEARCH_MAX_LENGTH} characters.")
    locale_id = LocaleModel.objects.filter(language_code=code).values_list("pk", flat=True).first()
    hits = models.NewsItemPage.objects.filter(live=True, locale=locale_id).search(
        text, order_by_relevance=False
    )
    return [hit.pk for hit in hits[: settings.NEWSROOM_SEARCH_MAX_RESULTS]]


def filtered_items(
    loader, *, kind, topic, country, published_after, published_before, code, search, fallback
):
    items = in_locale(loader.news_items(), code, fallback=fallback)
    if kind:
        items = items.filter(content_type=ContentType.objects.get_for_model(KIND_MODELS[kind]))
    if topic:
        keys = TopicModel.objects.filter(slug=topic).values("translation_key")
        through = models.NewsItemPage.topics.through.objects.filter(topic__translation_key__in=keys)
        items = items.filter(pk__in=through.values("newsitempage_id"))
    if country:
        keys = CountryModel.objects.filter(iso_code=country.upper()).values("translation_key")
        through = models.NewsItemPage.countries.through.objects.filter(
            country__translation_key__in=keys
        )
        items = items.filter(pk__in=through.values("newsitempage_id"))
    if published_after:
        items = items.filter(publication_date__gte=published_after)
    if published_before:
        items = items.filter(publication_date__lte=published_before)
    if search and search.strip():
        ids = _search_ids(search.strip(), code)
        if fallback and code != settings.LANGUAGE_CODE:
            ids += _search_ids(search.strip(), settings.LANGUAGE_CODE)
        items = items.filter(pk__in=ids)
    return items


def resolve_news_items(root, info, first: int | None = None, after=None, **filters) -> Listing:
    maximum = settings.NEWSROOM_GRAPHQL["MAX_PAGE_SIZE"]
    if first is None:
        first = settings.NEWSROOM_GRAPHQL["DEFAULT_PAGE_SIZE"]
    if not 1 <= first <= maximum:
        raise GraphQLError(f"`first` must be between 1 and {maximum}; got {first}.")
    kind = filters.get("kind")
    code = checked_locale(filters.get("locale"))
    info.context.pages.listed_locales.add(code)
    matching = filtered_items(
        info.context.pages,
        kind=getattr(kind, "value", kind),
        topic=filters.get("topic"),
        country=filters.get("country"),
        published_after=filters.get("published_after"),
        published_before=filters.get("published_before"),
        code=code,
        search=filters.get("search"),
        fallback=bool(filters.get("fallback")),
    )
    page = matching.order_by("-publication_date", "-pk")
    if after:
        day, pk = decode_cursor(after)
        page = page.filter(Q(publication_date__lt=day) | Q(publication_date=day, pk__lt=pk))
    rows = list(page.defer("body")[: first + 1])
    items = info.context.pages.register(rows[:first])
    prime(info, items, "edges", "node")
    edges = [NewsItemEdge(cursor=encode_cursor(item), node=item) for item in items]
    page_info = PageInfo(
        has_next_page=len(rows) > first,
        has_previous_page=bool(after),
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
    )
    return Listing(edges=edges, page_info=page_info, matching=matching)


def prime(info, items: list, *path: str) -> None:
    """Load bodies and related items for every item now, so their images join one rendition
    batch instead of one batch per nested level."""
    if not items:
        return
    names = selected_names(info, *path)
    loader = info.context.pages
    if "body" in names:
        loader.body_for(items[0])
    if "relatedItems" in names:
        loader.related_items_for(items[0])


NEWS_ITEMS_ARGUMENTS = {
    "first": graphene.Int(default_value=20, description="Page size, 1 to 100."),
    "after": graphene.String(description="The `endCursor` of the previous page."),
    "kind": NewsKind(),
    "topic": graphene.String(description="A topic slug."),
    "country": graphene.String(description="An ISO 3166-1 alpha-2 code, e.g. LY."),
    "published_after": graphene.Date(description="Inclusive."),
    "published_before": graphene.Date(description="Inclusive."),
    "locale": graphene.String(description="Language code; the default locale when omitted."),
    "search": graphene.String(description="Full-text search in titles, summaries and bodies."),
    "fallback": graphene.Boolean(
        default_value=False,
        description="Also list default-locale items that have no live translation in `locale`; "
        "each node's `locale` says which language it is in.",
    ),
}
