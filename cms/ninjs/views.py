"""`/ninjs/<locale>/<slug>.json` and `/ninjs/<locale>/items.json?since=…`, public documents
served like the feeds (cms/feeds/http.py): from the shared response cache, rebuilt after every
publish, with a strong ETag, and coded JSON errors for what a client can fix.

Only public items are served: a draft, an item under embargo, an expired or restricted one
answers 404 like an unknown slug, so none of them can be told apart from one that never
existed. A withdrawn item answers its minimal canceled document (withdrawal.py).
"""

import datetime
import json

from django.http import HttpRequest, HttpResponse
from django.utils.dateparse import parse_datetime

from cms.conf import newsroom
from cms.feeds.http import error_response, public_document
from cms.sync.reading import InvalidSyncToken, changes_after, decode, since
from newsroom_pages.localization import checked_locale
from newsroom_pages.membership import in_newsroom
from newsroom_pages.pages import NewsItemPage
from newsroom_pages.takedown import takedown_of

from .documents import Syndication
from .withdrawal import withdrawn, withdrawn_document

CONTENT_TYPE = "application/json; charset=utf-8"


def _json(body: dict) -> HttpResponse:
    return HttpResponse(json.dumps(body, ensure_ascii=False).encode(), content_type=CONTENT_TYPE)


@public_document
def item(request: HttpRequest, locale: str, slug: str) -> HttpResponse:
    code = checked_locale(locale)
    syndication = Syndication(request)
    found = in_newsroom(syndication.news_items().filter(locale__language_code=code, slug=slug))
    page = found.order_by("pk").first()
    if page is not None:
        return _json(syndication.document(page))
    gone = withdrawn(NewsItemPage.objects.filter(locale__language_code=code, slug=slug))
    page = gone.select_related("locale").order_by("pk").first()
    if page is not None:
        return _json(withdrawn_document(page, at=takedown_of(page).taken_down_at))
    return error_response(
        "NOT_FOUND", f"No public news item {slug!r} in locale {code!r}.", status=404
    )


def _start(request: HttpRequest):
    """The cursor to read from: `cursor` (the `next` link of a previous answer) or `since`,
    an ISO 8601 date and time with its offset. Returns (cursor, None) or (None, error)."""
    token, moment = request.GET.get("cursor"), request.GET.get("since")
    if token:
        try:
            return decode(token), None
        except InvalidSyncToken:
            message = "`cursor` is not one this API gave out; start again with `since`."
            return None, error_response("INVALID_CURSOR", message, 400)
    if not moment:
        message = "Give `since` (e.g. 2026-05-04T09:30:00Z) or the `cursor` of a `next` link."
        return None, error_response("MISSING_SINCE", message, 400)
    try:
        parsed = parse_datetime(moment.strip().replace(" ", "+"))
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        message = (
            "`since` must be an ISO 8601 date and time with its offset, e.g. "
            f"2026-05-04T09:30:00Z; got {moment!r}."
        )
        return None, error_response("INVALID_SINCE", message, 400)
    return since(parsed.astimezone(datetime.UTC)), None


@public_document
def items(request: HttpRequest, locale: str) -> HttpResponse:
    """What changed in the locale after the cursor, each item once in its current state
    (public: its document; withdrawn: canceled), oldest change first, `next` to go on."""
    code = checked_locale(locale)
    cursor, error = _start(request)
    if error is not None:
        return error
    delta = changes_after(cursor, newsroom.FEED_ITEMS, locale=code)
    syndication = Syndication(request)
    public = {
        page.pk: page
        for page in in_newsroom(syndication.news_items().filter(pk__in=delta.page_ids))
    }
    gone = {
        page.pk: page
        for page in withdrawn(NewsItemPage.objects.filter(pk__in=delta.page_ids)).select_related(
            "locale"
        )
    }
    syndication.pages.register(list(public.values()))
    documents = []
    for pk in delta.page_ids:
        if pk in public:
            documents.append(syndication.document(public[pk]))
        elif pk in gone:
            documents.append(withdrawn_document(gone[pk], at=delta.last_known[pk].recorded_at))
    base = request.build_absolute_uri(request.path)
    return _json(
        {
            "items": documents,
            "next": f"{base}?cursor={delta.next_cursor.encode()}",
            "hasMore": delta.has_more,
        }
    )
