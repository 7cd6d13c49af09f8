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
from django.db.models import F, QuerySet
from django.db.models.fields.tuple_lookups import Tuple, TupleLessThan
from graphql import GraphQLError

from cms.api.core.connections import PageInfo
from cms.api.core.errors import ErrorCode, coded
from cms.api.core.ids import database_id
from cms.api.core.selection import selected_names
from cms.api.pages.counts import counted
from cms.api.pages.types import NewsItem, NewsKind
from cms.conf import newsroom
from cms.search import query as search_engine
from newsroom_pages.classification import classified
from newsroom_pages.localization import checked_locale, in_locale

INVALID_CURSOR = "`after` is not a cursor returned by this API."
RELEVANCE_CURSOR = "relevance"


class NewsSort(graphene.Enum):
    """The order of `newsItems`: RELEVANCE (the default when searching) or NEWEST."""

    RELEVANCE = "RELEVANCE"
    NEWEST = "NEWEST"

    @property
    def description(self) -> str:
        if self.name == "RELEVANCE":
            return "Best match first (only with `search`)."
        return "Newest publication date first."


class NewsItemEdge(graphene.ObjectType):
    """A news item and its place in the listing."""

    cursor = graphene.String(required=True, description="Pass as `after` to continue after it.")
    node = graphene.Field(NewsItem, required=True, description="The news item.")


@dataclass
class Listing:
    edges: list
    page_info: PageInfo
    matching: QuerySet
    count: int | None = None
    # With `search`: the visible matches best first (relevance order only), and the search.
    order: list[int] | None = None
    searched: "Searched | None" = None

    def total_count(self) -> int:
        return counted(self.matching) if self.count is None else self.count

    def search_suggestion(self) -> str | None:
        """Only words that a visible match holds are suggested; the visible matches are read
        here under NEWEST (under RELEVANCE the page already read them)."""
        if self.searched is None or not self.searched.results.corrections:
            return None
        order = self.order
        if order is None:
            order = list(self.matching.values_list("pk", flat=True))
        return search_engine.suggestion(
            self.searched.text, self.searched.code, self.searched.results.corrections, order
        )


@dataclass(frozen=True)
class Searched:
    text: str
    code: str
    results: search_engine.Results

    @property
    def ids(self) -> list[int]:
        return [hit.page_id for hit in self.results.hits]


class NewsItemConnection(graphene.ObjectType):
    """A page of news items (a Relay connection)."""

    edges = graphene.List(graphene.NonNull(NewsItemEdge), required=True, description="In order.")
    page_info = graphene.Field(PageInfo, required=True, description="Where this page sits.")
    total_count = graphene.Int(required=True, description="Items matching the filters.")
    search_suggestion = graphene.String(
        description="With `search`: the search with its misspelt words replaced by the words "
        'the listed items use ("did you mean"), e.g. `surveillance companies` for '
        "`survelliance companies`; the items listed already include those matches. Null when "
        "every word was found as typed, without `search`, and on SQLite."
    )

    @staticmethod
    def resolve_total_count(listing: Listing, info) -> int:
        return listing.total_count()

    @staticmethod
    def resolve_search_suggestion(listing: Listing, info) -> str | None:
        return listing.search_suggestion()


def encode_cursor(page) -> str:
    raw = f"{page.publication_date.isoformat()}|{page.pk}".encode()
    return base64.urlsafe_b64encode(raw).decode()


def decode_cursor(cursor: str) -> tuple[datetime.date, int]:
    try:
        day, pk = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        return datetime.date.fromisoformat(day), database_id(pk, INVALID_CURSOR)
    except (ValueError, binascii.Error, UnicodeError):
        raise GraphQLError(INVALID_CURSOR) from None


def search_ranking(text: str, locale: str, fallback: bool) -> Searched:
    """Page ids best first; the listing still filters them through the visibility rule."""
    default = settings.LANGUAGE_CODE
    locales = [locale, default] if fallback and locale != default else [locale]
    try:
        return Searched(text, locale, search_engine.search(text, locales))
    except search_engine.SearchError as error:
        raise coded(str(error), ErrorCode.BAD_USER_INPUT) from None


def filtered_items(
    loader,
    *,
    locale: str,
    fallback: bool,
    kind: str | None,
    topic: str | None,
    country: str | None,
    published_after: datetime.date | None,
    published_before: datetime.date | None,
    ranking: list[int] | None,
) -> QuerySet:
    """The visible items in `locale` (a checked language code) that match the filters and,
    when searching, are among `ranking`'s ids."""
    items = in_locale(loader.news_items(), locale, fallback=fallback)
    items = classified(items, kind=kind, topic=topic, country=country)
    if published_after:
        items = items.filter(publication_date__gte=published_after)
    if published_before:
        items = items.filter(publication_date__lte=published_before)
    if ranking is not None:
        # On both tables of the join (`pk` is the news item's, `id` the page's): PostgreSQL
        # then reads the ranked ids by index on each side instead of every page of the locale.
        items = items.filter(pk__in=ranking, id__in=ranking)
    return items


def resolve_news_items(
    root, info, first: int | None = None, after=None, locale: str | None = None, **filters
) -> Listing:
    limits = newsroom.GRAPHQL
    maximum = limits["MAX_PAGE_SIZE"]
    if first is None:
        first = limits["DEFAULT_PAGE_SIZE"]
    if not 1 <= first <= maximum:
        raise GraphQLError(f"`first` must be between 1 and {maximum}; got {first}.")
    locale = checked_locale(locale)
    kind = filters.get("kind")
    search = (filters.get("search") or "").strip()
    fallback = bool(filters.get("fallback"))
    searched = search_ranking(search, locale, fallback) if search else None
    ranking = searched.ids if searched else None
    info.context.pages.listed_locales.add(locale)
    matching = filtered_items(
        info.context.pages,
        locale=locale,
        fallback=fallback,
        kind=getattr(kind, "value", kind),
        topic=filters.get("topic"),
        country=filters.get("country"),
        published_after=filters.get("published_after"),
        published_before=filters.get("published_before"),
        ranking=ranking,
    )
    sort = getattr(filters.get("sort"), "value", filters.get("sort"))
    if ranking is not None and sort != NewsSort.NEWEST.value:
        listing = relevance_page(info, matching, ranking, first, after)
    else:
        listing = newest_page(info, matching, first, after)
    listing.searched = searched
    if search and "searchHighlight" in selected_names(info, "edges", "node"):
        pages = [edge.node for edge in listing.edges]
        marked = search_engine.highlights([page.pk for page in pages], search, locale)
        for page in pages:
            page.search_highlight = marked.get(page.pk)
    return listing


def newest_page(info, matching: QuerySet, first: int, after: str | None) -> Listing:
    page = matching.order_by("-publication_date", "-pk")
    if after:
        day, pk = decode_cursor(after)
        page = page.filter(before_cursor(day, pk))
    rows = list(page.defer("body")[: first + 1])
    items = info.context.pages.register(rows[:first])
    prime(info, items, "edges", "node")
    edges = [NewsItemEdge(cursor=encode_cursor(item), node=item) for item in items]
    return Listing(
        edges=edges, page_info=page_info_for(edges, len(rows) > first, after), matching=matching
    )


def before_cursor(day: datetime.date, pk: int) -> TupleLessThan:
    """`(publication_date, id) < (day, pk)`: one row comparison, which the listing's index on
    (publication_date, page_ptr_id) serves as a range, where the equivalent OR made PostgreSQL
    read and discard every newer row first."""
    return TupleLessThan(Tuple(F("publication_date"), F("page_ptr_id")), (day, pk))


def relevance_page(
    info, matching: QuerySet, ranking: list[int], first: int, after: str | None
) -> Listing:
    """Best first. The cursor is a position in the ranking of visible matches, which is read
    whole (at most NEWSROOM_SEARCH_MAX_RESULTS ids) so the count and every page are exact."""
    visible = set(matching.values_list("pk", flat=True))
    order = [pk for pk in ranking if pk in visible]
    start = decode_relevance_cursor(after) if after else 0
    window = order[start : start + first]
    # The window's ids are visible matches already: read them by id alone.
    by_id = info.context.pages.news_items().filter(pk__in=window, id__in=window)
    rows = {row.pk: row for row in by_id.defer("body")} if window else {}
    items = info.context.pages.register([rows[pk] for pk in window if pk in rows])
    prime(info, items, "edges", "node")
    edges = [
        NewsItemEdge(cursor=encode_relevance_cursor(start + offset + 1), node=item)
        for offset, item in enumerate(items)
    ]
    has_next = start + first < len(order)
    return Listing(
        edges=edges,
        page_info=page_info_for(edges, has_next, after),
        matching=matching,
        count=len(order),
        order=order,
    )


def page_info_for(edges: list, has_next_page: bool, after: str | None) -> PageInfo:
    return PageInfo(
        has_next_page=has_next_page,
        has_previous_page=bool(after),
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
    )


def encode_relevance_cursor(position: int) -> str:
    return base64.urlsafe_b64encode(f"{RELEVANCE_CURSOR}|{position}".encode()).decode()


def decode_relevance_cursor(cursor: str) -> int:
    try:
        kind, position = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        if kind != RELEVANCE_CURSOR or int(position) < 0:
            raise ValueError(kind)
        return int(position)
    except (ValueError, binascii.Error, UnicodeError):
        raise coded(
            "`after` is not a cursor returned by this API for this sort.",
            ErrorCode.BAD_USER_INPUT,
        ) from None


def prime(info, items: list, *path: str) -> None:
    """Load bodies and related items for every item now, so their images join one rendition
    batch instead of one batch per nested level."""
    if not items:
        return
    names = selected_names(info, *path)
    loader = info.context.pages
    if "relatedItems" in names:
        loader.expect_related_items()
    if "body" in names:
        loader.body_for(items[0])
    if "relatedItems" in names:
        loader.related_items_for(items[0])


NEWS_ITEMS_ARGUMENTS = {
    "first": graphene.Int(default_value=20, description="Page size, 1 to 100."),
    "after": graphene.String(description="The `endCursor` of the previous page."),
    "kind": NewsKind(description="Only items of this kind."),
    "topic": graphene.String(description="A topic slug."),
    "country": graphene.String(description="An ISO 3166-1 alpha-2 code, e.g. LY."),
    "published_after": graphene.Date(description="Inclusive."),
    "published_before": graphene.Date(description="Inclusive."),
    "locale": graphene.String(description="Language code; the default locale when omitted."),
    "search": graphene.String(
        description="Full-text search in titles, summaries and bodies, in the locale's language "
        "(stems, accents and Arabic spelling variants match; titles tolerate typos)."
    ),
    "sort": NewsSort(
        description="RELEVANCE (best match first; the default when searching) or NEWEST."
    ),
    "fallback": graphene.Boolean(
        default_value=False,
        description="Also list default-locale items that have no live translation in `locale`; "
        "each node's `locale` says which language it is in.",
    ),
}
