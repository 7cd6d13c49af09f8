"""Request-scoped, batched loading of pages and what hangs off them.

Every page that enters a response joins the request's pool; the first time a related set
(topics, countries, related items, translations, bodies) is needed, it is loaded for the whole
pool in one query. Query counts then depend on the shape of the GraphQL query, never on how
many items or blocks it returns.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q, QuerySet
from wagtail.models import Page

from cms.api.media.loaders import MediaLoader
from cms.api.pages.body import BodyLoader, media_references
from cms.api.pages.notices import NoticesLoader
from newsroom_pages.localization import localize_grouped, translated_page_ids
from newsroom_pages.pages import NewsItemPage, NewsroomIndexPage, RelatedNewsItem
from newsroom_pages.paths import frontend_path
from newsroom_pages.privacy import Restrictions, visible_pages
from newsroom_pages.sites import SiteScope
from newsroom_pages.snippets import Country, Topic
from newsroom_pages.takedown import taken_down_pages

# Each join a news item may need, with the fields that read it: a document naming none of
# them skips the join (a listing of titles builds no image, contact or subclass rows).
NEWS_ITEM_JOINS = {
    "locale": None,
    "hero_image__collection": {"heroImage", "seo"},
    "press_contact": {"pressContact"},
    "reportpage__report_document__collection": {"reportDocument", "indexNumber", "keyFindings"},
    "campaignvictorypage": {"campaign", "outcome"},
}
HERO_IMAGE = NewsItemPage._meta.get_field("hero_image")
# Wagtail's editorial bookkeeping, which no field of the API reads (visibility filters on some
# of them in SQL): not fetched, not converted, not set on a hundred instances per listing.
BOOKKEEPING_COLUMNS = (
    "numchild",
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "live_revision",
    "draft_title",
    "go_live_at",
    "expire_at",
    "expired",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "show_in_menus",
)
# Pages that only appear as a translation or a link target: a full Page row per page would
# cost more to build than the rest of the lookup.
LINK_FIELDS = ("url_path", "locale")
TRANSLATION_FIELDS = ("title", "url_path", "translation_key", "locale")


class PageLoader:
    def __init__(
        self,
        media: MediaLoader,
        restrictions: Restrictions,
        site: SiteScope | None,
        field_names: frozenset[str] | None = None,
    ) -> None:
        self.media = media
        self.joins = [
            join
            for join, readers in NEWS_ITEM_JOINS.items()
            if readers is None or field_names is None or readers & field_names
        ]
        self.restrictions = restrictions
        self.site = site
        self.now = media.now
        self.pool: dict[int, Page] = {}
        # For the response's cache tags and Content-Language (cms/api/http/shown.py): the locales
        # of the listings shown, and whether a page asked for was missing (a later publish
        # may create it).
        self.listed_locales: set[str] = set()
        self.missed = False
        self._topics: dict[int, list[Topic]] = {}
        self._countries: dict[int, list[Country]] = {}
        self._related: dict[int, list[NewsItemPage]] = {}
        self._translations: dict[int, list[Page]] = {}
        self._bodies = None
        self._notices = None
        self._newsrooms: dict | None = None
        self.previews: set[int] = set()
        self._related_expected = False

    def visible(self, queryset: QuerySet) -> QuerySet:
        return visible_pages(
            queryset,
            at=self.now,
            restricted_paths=self.restrictions.page_paths(),
            site_roots=self.site.root_paths if self.site else None,
        )

    def news_items(self) -> QuerySet:
        return (
            self.visible(NewsItemPage.objects.all())
            .select_related(*self.joins)
            .defer(*BOOKKEEPING_COLUMNS)
        )

    def taken_down(self, filters: dict) -> bool:
        """Whether a page a request missed is a news item of this site under a takedown (one
        query, on a miss only)."""
        pages = taken_down_pages().filter(**filters)
        if self.site is not None:
            within = Q(pk__in=[])
            for root in self.site.root_paths:
                within |= Q(path__startswith=root)
            pages = pages.filter(within)
        return pages.exists()

    def index_pages(self) -> QuerySet:
        return self.visible(NewsroomIndexPage.objects.all()).select_related(
            "locale", "press_contact"
        )

    def register(self, pages: list[Page]) -> list[Page]:
        for page in pages:
            self.pool.setdefault(page.pk, page)
            if isinstance(page, NewsItemPage) and HERO_IMAGE.is_cached(page):
                self.media.public_image(page.hero_image)
        return pages

    def _pending(self, loaded: dict, page: Page) -> list[int]:
        pending = [pk for pk, pooled in self.pool.items() if pk not in loaded]
        if page.pk not in self.pool:
            pending.append(page.pk)
        return pending

    def register_preview(self, page: Page) -> None:
        """A draft from a preview token: its relations are read from the draft itself (the
        revision), not from the live rows."""
        self.pool[page.pk] = page
        self.previews.add(page.pk)
        self.admit_media_of(page)
        if isinstance(page, NewsItemPage):
            self.media.public_image(page.hero_image)
            self._topics[page.pk] = sorted(page.topics.all(), key=lambda topic: topic.name)
            self._countries[page.pk] = sorted(page.countries.all(), key=lambda c: c.name)
            targets = [link.item_id for link in page.related_item_links.all()]
            items = {item.pk: item for item in self.news_items().filter(pk__in=targets)}
            self._related[page.pk] = self.register([items[pk] for pk in targets if pk in items])

    def admit_media_of(self, page: Page) -> None:
        """A token's page shows its own media even from a restricted collection."""
        shown = media_references(page)
        self.media.admit(image_ids=shown.image_ids, document_ids=shown.document_ids)

    def topics_for(self, page: NewsItemPage) -> list[Topic]:
        if page.pk not in self._topics:
            self._load_through(NewsItemPage.topics.through, "topic", self._topics, page)
        return self._topics[page.pk]

    def countries_for(self, page: NewsItemPage) -> list[Country]:
        if page.pk not in self._countries:
            self._load_through(NewsItemPage.countries.through, "country", self._countries, page)
        return self._countries[page.pk]

    def _load_through(self, through, target: str, store: dict, page: Page) -> None:
        pending = self._pending(store, page)
        grouped = defaultdict(list)
        rows = (
            through.objects.filter(newsitempage_id__in=pending)
            .select_related(target)
            .order_by(f"{target}__name")
        )
        for row in rows:
            grouped[row.newsitempage_id].append(getattr(row, target))
        locale_of = {pk: self.pool.get(pk, page).locale_id for pk in pending}
        localized = localize_grouped({pk: grouped[pk] for pk in pending}, locale_of)
        for pk in pending:
            store[pk] = sorted(localized[pk], key=lambda snippet: snippet.name)

    def expect_related_items(self) -> None:
        """The response selects related items: the next lookup of news items by id (a body's
        related content) brings them in the same query."""
        self._related_expected = True

    def news_items_by_id(self, ids: set[int], page: Page) -> dict[int, NewsItemPage]:
        """Visible news items among `ids`, pooled; `page` is the one asking (for the pool)."""
        if not ids:
            return {}
        if self._related_expected and page.pk not in self._related:
            items = self._load_related(self._pending(self._related, page), page, ids)
        else:
            items = {item.pk: item for item in self.news_items().filter(pk__in=ids)}
        self.register(list(items.values()))
        return {pk: self.pool[pk] for pk in items}

    def related_items_for(self, page: NewsItemPage) -> list[NewsItemPage]:
        if page.pk not in self._related:
            self._load_related(self._pending(self._related, page), page)
        return self._related[page.pk]

    def _load_related(self, pending: list[int], page: Page, also: set[int] = frozenset()) -> dict:
        """Related items of the pending pages and, in the same query, the items `also` asked
        for by id (returned). Two statements PostgreSQL plans on its indexes: the links of the
        pending pages, then the items by id. (One statement joining the links to the item's
        eleven tables went past `join_collapse_limit` and was planned as written: a scan of
        every news item.)"""
        links = list(
            RelatedNewsItem.objects.filter(page_id__in=pending)
            .order_by("page_id", "sort_order")
            .values_list("page_id", "item_id")
        )
        wanted = {item_id for _page_id, item_id in links} | set(also)
        items = (
            {item.pk: item for item in self.news_items().filter(pk__in=wanted)} if wanted else {}
        )
        grouped = defaultdict(list)
        for page_id, item_id in links:
            if item_id in items:
                grouped[page_id].append(self.pool.get(item_id, items[item_id]))
        self._localize_related(grouped, page)
        for pk in pending:
            self._related[pk] = self.register(grouped[pk])
        return {pk: items[pk] for pk in also if pk in items}

    def _localize_related(self, grouped: dict[int, list], page: Page) -> None:
        ids_by_locale: dict[str, set[int]] = defaultdict(set)
        for pk, items in grouped.items():
            ids_by_locale[self.pool.get(pk, page).locale.language_code] |= {i.pk for i in items}
        translated = self.translated_links(ids_by_locale)
        wanted = {target for mapping in translated.values() for target in mapping.values()}
        if not wanted:
            return
        loaded = {item.pk: item for item in self.news_items().filter(pk__in=wanted)}
        for pk, items in grouped.items():
            mapping = translated.get(self.pool.get(pk, page).locale.language_code, {})
            grouped[pk] = [loaded.get(mapping.get(item.pk), item) for item in items]

    def translations_for(self, page: Page) -> list[Page]:
        """Live, public translations in other locales; aliases never pass as translations."""
        if page.pk not in self._translations:
            pending = self._pending(self._translations, page)
            keys = {self.pool.get(pk, page).translation_key for pk in pending}
            grouped = defaultdict(list)
            translations = (
                self.visible(Page.objects.filter(translation_key__in=keys))
                .select_related("locale")
                .only(*TRANSLATION_FIELDS)
                .order_by("locale__language_code")
            )
            for translation in translations:
                grouped[translation.translation_key].append(translation)
            for pk in pending:
                key = self.pool.get(pk, page).translation_key
                self._translations[pk] = [t for t in grouped[key] if t.pk != pk]
        return self._translations[page.pk]

    def translated_links(self, ids_by_locale: dict[str, set[int]]) -> dict[str, dict[int, int]]:
        """Links are stored against the source page; readers of a translation follow them to
        the translation in their locale where one is live (two queries per such locale)."""
        return {
            code: translated_page_ids(ids, code, self.visible(Page.objects.all()))
            for code, ids in ids_by_locale.items()
            if ids and code != settings.LANGUAGE_CODE
        }

    def frontend_paths(self, page_ids: set[int]) -> dict[int, str]:
        """Frontend paths of the visible pages among `page_ids`; link targets need no more."""
        if not page_ids:
            return {}
        linked = (
            self.visible(Page.objects.filter(pk__in=page_ids))
            .select_related("locale")
            .only(*LINK_FIELDS)
        )
        return {page.pk: frontend_path(page) for page in linked}

    def newsroom_of(self, page: Page) -> NewsroomIndexPage | None:
        """The newsroom index a page belongs to (itself for an index): its defaults stand in
        for what an item leaves empty. Every index is read once per request (a handful)."""
        if self._newsrooms is None:
            indexes = NewsroomIndexPage.objects.select_related(
                "press_contact", "share_image__collection"
            ).only("path", "press_contact", "share_image")
            self._newsrooms = {index.path: index for index in indexes}
        path = page.path if isinstance(page, NewsroomIndexPage) else page.path[: -Page.steplen]
        return self._newsrooms.get(path)

    def default_press_contact(self, page: NewsItemPage):
        """The newsroom index's contact stands in for items without their own."""
        newsroom = self.newsroom_of(page)
        return newsroom.press_contact if newsroom is not None else None

    def default_share_image(self, page: Page):
        """The newsroom's default share image, when public, for pages without a hero image."""
        newsroom = self.newsroom_of(page)
        return self.media.public_image(newsroom.share_image) if newsroom is not None else None

    def body_for(self, page: NewsItemPage) -> list:
        if self._bodies is None:
            self._bodies = BodyLoader(self)
        return self._bodies.blocks_for(page)

    def notices_for(self, page: NewsItemPage) -> list:
        if self._notices is None:
            self._notices = NoticesLoader(self)
        return self._notices.notices_for(page)
