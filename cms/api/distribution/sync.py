"""`sync(token, first)`: a delta sync for static builds, after Contentful's Sync API.

No token: the initial sync, every public newsroom page by id, page after page. Then each
`nextToken` returns what changed since: `items` (upserts, as `Page` objects, so a build may
ask for any page field) and `deleted` (tombstones: unpublished, expired, deleted, moved out of
the newsroom, or put behind a view restriction). Keep the last `nextToken` for the next build;
`hasMore` says to call again at once.
"""

import graphene

from cms.api.core.errors import ErrorCode, bad_input
from cms.api.core.identity import database_id_field, page_global_id
from cms.conf import newsroom
from cms.sync.reading import (
    Cursor,
    InvalidSyncToken,
    SyncTokenExpired,
    changes_after,
    check_not_expired,
    decode,
    start,
)
from newsroom_pages.membership import in_newsroom

PAGE = "cms.api.pages.types.PageInterface"
DEFAULT_PAGE_SIZE = 100


class SyncDeletion(graphene.ObjectType):
    """A tombstone: the page with this `id` left the public newsroom; drop it from the build."""

    id = graphene.ID(required=True, description="The `id` the page had: remove that object.")
    database_id = database_id_field("removed page")
    locale = graphene.String(required=True, description="Its language code.")
    url_path = graphene.String(required=True, description="The frontend path it was last at.")


class SyncPage(graphene.ObjectType):
    """One call's worth of a delta sync."""

    items = graphene.List(
        graphene.NonNull(PAGE),
        required=True,
        description="Pages to add or replace, each once, in their current state.",
    )
    deleted = graphene.List(
        graphene.NonNull(SyncDeletion), required=True, description="Pages to remove."
    )
    next_token = graphene.String(
        required=True, description="Keep it: the `token` of the next call."
    )
    has_more = graphene.Boolean(required=True, description="True: call again at once.")


def _checked_size(first: int | None) -> int:
    maximum = newsroom.SYNC_MAX_PAGE_SIZE
    first = DEFAULT_PAGE_SIZE if first is None else first
    if not 1 <= first <= maximum:
        raise bad_input(f"`first` must be between 1 and {maximum}; got {first}.")
    return first


def _public(loader, limit: int | None = None, **filters) -> list:
    """Public newsroom pages (index pages and the news items in them) by id: two queries,
    each stopping at `limit` rows in SQL (the pk index walked in order), so a page of the
    initial sync costs the same at the start and at the end of a large archive."""
    indexes = loader.index_pages().filter(**filters).order_by("pk")
    items = in_newsroom(loader.news_items().defer("body").filter(**filters)).order_by("pk")
    if limit is not None:
        indexes, items = indexes[:limit], items[:limit]
    pages = sorted([*indexes, *items], key=lambda page: page.pk)
    return pages if limit is None else pages[:limit]


def _initial(loader, cursor: Cursor, first: int) -> SyncPage:
    pages = _public(loader, limit=first + 1, pk__gt=cursor.after_page)
    taken = loader.register(pages[:first])
    has_more = len(pages) > first
    after = taken[-1].pk if has_more else None
    next_cursor = Cursor(cursor.change_id, after)
    return SyncPage(items=taken, deleted=[], next_token=next_cursor.encode(), has_more=has_more)


def _delta(loader, cursor: Cursor, first: int) -> SyncPage:
    delta = changes_after(cursor, first)
    current = {page.pk: page for page in _public(loader, pk__in=delta.page_ids)}
    items = loader.register([current[pk] for pk in delta.page_ids if pk in current])
    deleted = [
        SyncDeletion(
            id=page_global_id(pk), database_id=pk, locale=change.locale, url_path=change.url_path
        )
        for pk, change in delta.last_known.items()
        if pk not in current
    ]
    return SyncPage(
        items=items,
        deleted=deleted,
        next_token=delta.next_cursor.encode(),
        has_more=delta.has_more,
    )


def resolve_sync(root, info, token: str | None = None, first: int | None = None) -> SyncPage:
    first = _checked_size(first)
    try:
        cursor = decode(token) if token else start()
        if token:
            check_not_expired(cursor)
    except InvalidSyncToken as error:
        raise bad_input(str(error), ErrorCode.INVALID_SYNC_TOKEN) from None
    except SyncTokenExpired as error:
        raise bad_input(str(error), ErrorCode.SYNC_TOKEN_EXPIRED) from None
    loader = info.context.pages
    if cursor.initial:
        return _initial(loader, cursor, first)
    return _delta(loader, cursor, first)


SYNC_FIELD = graphene.Field(
    SyncPage,
    required=True,
    token=graphene.String(description="The `nextToken` of the previous call; none to start."),
    first=graphene.Int(description=f"Pages per call, 1 to 500 (default {DEFAULT_PAGE_SIZE})."),
    description="What changed in the public newsroom since `token` (Contentful-style sync).",
)
