"""The one rule for which pages the public API may show.

Every path by which a page reaches a response (listings, `page`, translations, related items,
related-content blocks, call-to-action targets, rich-text links, search, counts) goes through
`visible_pages`, so a privacy rule is written once and cannot be forgotten on one path.
"""

import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import PageViewRestriction


def view_restricted_paths() -> list[str]:
    """Tree paths under a password, login or group restriction (one query)."""
    return list(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())


def visible_pages(
    queryset: QuerySet,
    *,
    at: datetime.datetime | None = None,
    restricted_paths: list[str] | None = None,
) -> QuerySet:
    """Live, public, unexpired pages that are real content (not untranslated aliases).

    `expire_at` is compared with the clock here so that an item disappears at that exact
    moment, not when the scheduled-publishing command next runs.
    """
    at = at or timezone.now()
    if restricted_paths is None:
        restricted_paths = view_restricted_paths()
    queryset = queryset.filter(live=True, alias_of__isnull=True).filter(
        Q(expire_at__isnull=True) | Q(expire_at__gt=at)
    )
    for path in restricted_paths:
        queryset = queryset.exclude(path__startswith=path)
    return queryset
