"""Which pages the feeds and sitemaps list: only public ones, through the one visibility rule,
in a fixed number of queries whatever their number."""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, QuerySet, prefetch_related_objects
from django.utils import timezone
from wagtail.models import Page

from cms.media.renditions import get_renditions
from newsroom_pages.classification import KIND_MODELS, classified
from newsroom_pages.localization import translated_page_ids
from newsroom_pages.notices import Notice, with_links_resolved
from newsroom_pages.pages import NewsItemPage, NewsroomIndexPage
from newsroom_pages.paths import frontend_url
from newsroom_pages.privacy import (
    Restrictions,
    is_public_image,
    visible_pages,
)
from newsroom_pages.sharing import SHARE_IMAGE_SPEC, ShareImage, share_image

NEWS_SITEMAP_WINDOW = datetime.timedelta(days=2)


class InvalidFilter(ValueError):
    """A feed filter a client can fix; the message says how."""


def checked_filters(kind: str | None, topic: str | None, country: str | None) -> dict:
    if kind is not None and kind.upper() not in KIND_MODELS:
        raise InvalidFilter(f"kind must be one of {', '.join(KIND_MODELS)}; got {kind!r}.")
    if country is not None and (len(country) != 2 or not country.isalpha()):
        raise InvalidFilter(
            f"country must be an ISO 3166-1 alpha-2 code such as LY; got {country!r}."
        )
    if topic is not None and not topic.strip():
        raise InvalidFilter("topic must be a topic slug.")
    return {"kind": kind.upper() if kind else None, "topic": topic, "country": country}


@dataclass
class Public:
    """The visibility inputs, read once per response."""

    at: datetime.datetime
    restricted_pages: list[str]
    restricted_collections: list[str]

    @classmethod
    def now(cls) -> "Public":
        restrictions = Restrictions()
        return cls(timezone.now(), restrictions.page_paths(), restrictions.collection_paths())

    def pages(self, queryset: QuerySet) -> QuerySet:
        return visible_pages(queryset, at=self.at, restricted_paths=self.restricted_pages)

    def share_images(
        self, pages: list[NewsItemPage], media_base: str | None
    ) -> dict[int, ShareImage]:
        """`media_base`: the scheme and host the request came in on (cms.media.urls)."""
        images = [page.hero_image for page in pages if page.hero_image is not None]
        prefetch_related_objects(images, "renditions")
        found = {}
        for page in pages:
            image = page.hero_image
            if image is None or not is_public_image(image, self.restricted_collections, self.at):
                continue
            rendition = get_renditions(image, SHARE_IMAGE_SPEC)[SHARE_IMAGE_SPEC]
            found[page.pk] = share_image(image, rendition, media_base)
        return found

    def notices(self, pages: list[NewsItemPage], base_url: str) -> dict[int, list[Notice]]:
        """Each item's notices, their links absolute on the public website (`base_url`) and
        followed to the item's locale; links to anything not public are plain text."""

        def urls(page_ids: set[int]) -> dict[int, str]:
            linked = self.pages(Page.objects.filter(pk__in=page_ids)).select_related("locale")
            return {
                page.pk: frontend_url(page, base_url) for page in linked.only("url_path", "locale")
            }

        def translations(ids_by_locale: dict[str, set[int]]) -> dict[str, dict[int, int]]:
            return {
                code: translated_page_ids(ids, code, self.pages(Page.objects.all()))
                for code, ids in ids_by_locale.items()
                if code != settings.LANGUAGE_CODE
            }

        return with_links_resolved(pages, urls=urls, translations=translations)


def feed_items(public: Public, code: str, *, limit: int, **filters) -> list[NewsItemPage]:
    items = public.pages(NewsItemPage.objects.filter(locale__language_code=code))
    items = classified(items, **filters)
    return list(
        items.select_related("locale", "hero_image__collection")
        .defer("body")
        .order_by("-publication_date", "-pk")[:limit]
    )


def _sitemap_pages(public: Public) -> QuerySet:
    return public.pages(Page.objects.type(NewsroomIndexPage, NewsItemPage))


def sitemap_counts(public: Public) -> dict[str, int]:
    """Public newsroom pages per locale (one grouped count)."""
    counts = (
        _sitemap_pages(public)
        .order_by()
        .values_list("locale__language_code")
        .annotate(pages=Count("pk"))
    )
    return dict(counts)


def sitemap_part_ids(public: Public, code: str, part: int, size: int) -> list[int]:
    """The ids in sitemap file `part` (from 1) of the locale: its pages by id, `size` a file,
    so each public page is in exactly one file."""
    pages = _sitemap_pages(public).filter(locale__language_code=code).order_by("pk")
    return list(pages.values_list("pk", flat=True)[(part - 1) * size : part * size])


def sitemap_pages(ids: list[int]) -> list[Page]:
    pages = Page.objects.filter(pk__in=ids).select_related("locale").order_by("pk")
    return list(pages.only("url_path", "locale", "last_published_at", "translation_key"))


def alternates(public: Public, pages: list[Page]) -> dict[str, list[Page]]:
    """Translation key -> the public pages of every locale sharing it (one query)."""
    keys = {page.translation_key for page in pages}
    grouped: dict[str, list[Page]] = defaultdict(list)
    translations = public.pages(Page.objects.filter(translation_key__in=keys))
    for page in translations.select_related("locale").order_by("locale__language_code"):
        grouped[page.translation_key].append(page)
    return grouped


def newsroom_pages(public: Public) -> list[NewsroomIndexPage]:
    """Every locale's public newsroom index."""
    pages = public.pages(NewsroomIndexPage.objects.all()).select_related("locale")
    return list(pages.order_by("locale__language_code", "pk"))


def recent_news(public: Public) -> list[NewsItemPage]:
    """Google News: only articles published in the last two days."""
    since = public.at - NEWS_SITEMAP_WINDOW
    items = public.pages(NewsItemPage.objects.filter(publication_date__gte=since.date()))
    return list(items.select_related("locale").defer("body").order_by("-publication_date", "-pk"))
