"""Reading the change log for a delta sync, with Contentful's Sync API as the model.

A token is an opaque cursor: the last change-log id the client has applied, plus, during the
initial sync, the last page id it has received. Each call costs the same few queries whatever
the page size: one grouped read of the log (each changed page once, at its latest change),
then the current state of those pages (the API's page loader) and their last known paths.

Rows younger than `NEWSROOM_SYNC_SETTLE_SECONDS` are left for the next call: a transaction
that took its log id earlier may still be committing, and a cursor must never pass it.
"""

import base64
import binascii
import datetime
import json
from dataclasses import dataclass, field

from django.db.models import Max, Min
from django.utils import timezone

from cms.conf import newsroom

from .models import PageChange
from .retention import pruned_through

TOKEN_VERSION = 1


class InvalidSyncToken(ValueError):
    """The token was not produced by this API (or was altered)."""


class SyncTokenExpired(ValueError):
    """The token predates the retained log (cms/sync/retention.py): start again."""


def check_not_expired(cursor: "Cursor") -> None:
    if cursor.change_id < pruned_through():
        raise SyncTokenExpired(
            "This sync token is older than the change log the CMS keeps; start again without "
            "a token (a full sync) and keep the new token."
        )


@dataclass(frozen=True)
class Cursor:
    change_id: int
    after_page: int | None = None  # set while the initial sync is still paging

    @property
    def initial(self) -> bool:
        return self.after_page is not None

    def encode(self) -> str:
        payload = {"v": TOKEN_VERSION, "c": self.change_id}
        if self.after_page is not None:
            payload["a"] = self.after_page
        raw = json.dumps(payload, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(token: str) -> Cursor:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        payload = json.loads(raw)
        change_id, after = payload["c"], payload.get("a")
        valid = payload.get("v") == TOKEN_VERSION and _is_id(change_id)
        if not valid or (after is not None and not _is_id(after)):
            raise ValueError
    except (ValueError, TypeError, KeyError, binascii.Error, UnicodeDecodeError):
        raise InvalidSyncToken(
            "`token` is not a sync token returned by this API; start again without a token."
        ) from None
    return Cursor(change_id, after)


def _is_id(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def settled_before() -> datetime.datetime:
    return timezone.now() - datetime.timedelta(seconds=newsroom.SYNC_SETTLE_SECONDS)


def start() -> Cursor:
    """Where an initial sync starts: every change settled so far is covered by reading the
    current pages; later ones come in the first delta."""
    unsettled = PageChange.objects.filter(recorded_at__gt=settled_before()).aggregate(m=Min("id"))
    settled = PageChange.objects.all()
    if unsettled["m"] is not None:
        settled = settled.filter(id__lt=unsettled["m"])
    return Cursor(settled.aggregate(m=Max("id"))["m"] or pruned_through(), after_page=0)


def since(moment: datetime.datetime) -> Cursor:
    """A cursor just before the first change recorded at or after `moment` (the end of the
    log when there is none yet), for clients that start from a date rather than a token."""
    first = PageChange.objects.filter(recorded_at__gte=moment).aggregate(m=Min("id"))["m"]
    if first is not None:
        return Cursor(first - 1)
    return Cursor(PageChange.objects.aggregate(m=Max("id"))["m"] or 0)


@dataclass
class Delta:
    page_ids: list[int]
    next_cursor: Cursor
    has_more: bool
    last_known: dict[int, PageChange] = field(default_factory=dict)


def changes_after(cursor: Cursor, first: int, *, locale: str | None = None) -> Delta:
    """The next `first` changed pages after `cursor`, each once, in the order of their latest
    change; a page changed again later is simply reported again. `locale`: only that
    language's pages (the settling window still counts every change)."""
    pending = PageChange.objects.filter(id__gt=cursor.change_id)
    unsettled = pending.filter(recorded_at__gt=settled_before()).aggregate(m=Min("id"))["m"]
    if unsettled is not None:
        pending = pending.filter(id__lt=unsettled)
    if locale is not None:
        pending = pending.filter(locale=locale)
    rows = list(pending.values("page_id").annotate(last=Max("id")).order_by("last")[: first + 1])
    taken = rows[:first]
    latest = {row["last"] for row in taken}
    last_known = {change.page_id: change for change in PageChange.objects.filter(id__in=latest)}
    next_change = taken[-1]["last"] if taken else cursor.change_id
    return Delta(
        page_ids=[row["page_id"] for row in taken],
        next_cursor=Cursor(next_change),
        has_more=len(rows) > first,
        last_known=last_known,
    )
