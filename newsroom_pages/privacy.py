"""The one privacy rule: which pages, images and documents may leave the CMS publicly.

Every path by which a page reaches a response (listings, `page`, translations, related items,
related-content blocks, call-to-action targets, rich-text links, search, counts) goes through
`visible_pages`, and every image or document through `is_public_collection`, so a rule is
written once and cannot be forgotten on one path. Restrictions are Wagtail's own: a password,
login or group restriction on a page or a collection hides it and everything below it.
"""

import datetime

from django.db.models import Q, QuerySet, Value
from django.utils import timezone
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from cms.media.restrictions import is_public_collection

__all__ = ["Restrictions", "is_public_collection", "visible_pages"]


class Restrictions:
    """The tree paths under a view restriction, pages and collections read together in one
    query, once per request (or per use: construct a new one to see new restrictions)."""

    def __init__(self) -> None:
        self._paths: dict[str, list[str]] | None = None

    def _load(self) -> dict[str, list[str]]:
        if self._paths is None:
            pages = PageViewRestriction.objects.annotate(kind=Value("page")).values_list(
                "kind", "page__path"
            )
            collections = CollectionViewRestriction.objects.annotate(
                kind=Value("collection")
            ).values_list("kind", "collection__path")
            self._paths = {"page": [], "collection": []}
            for kind, path in pages.union(collections, all=True):
                self._paths[kind].append(path)
        return self._paths

    def page_paths(self) -> list[str]:
        return self._load()["page"]

    def collection_paths(self) -> list[str]:
        return self._load()["collection"]


def visible_pages(
    queryset: QuerySet,
    *,
    at: datetime.datetime | None = None,
    restricted_paths: list[str] | None = None,
    site_roots: tuple[str, ...] | None = None,
) -> QuerySet:
    """Live, public, unexpired pages that are real content (not untranslated aliases), and
    with `site_roots` (a Site's root page in every locale) only that site's pages.

    `expire_at` is compared with the clock here so that an item disappears at that exact
    moment, not when the scheduled-publishing command next runs.
    """
    at = at or timezone.now()
    if restricted_paths is None:
        restricted_paths = Restrictions().page_paths()
    queryset = queryset.filter(live=True, alias_of__isnull=True).filter(
        Q(expire_at__isnull=True) | Q(expire_at__gt=at)
    )
    for path in restricted_paths:
        queryset = queryset.exclude(path__startswith=path)
    if site_roots is not None:
        within = Q(pk__in=[])
        for root in site_roots:
            within |= Q(path__startswith=root)
        queryset = queryset.filter(within)
    return queryset
