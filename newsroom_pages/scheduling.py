"""Embargoes (`go_live_at`), expiry (`expire_at`) and photo licences (newsroom_pages.licences)
at their exact moment.

Wagtail keeps a scheduled item unpublished (`live=False`, or the old live version) and only
publishes it when `publish_scheduled` runs, so on its own an item would appear up to one cron
interval late. `catch_up_when_due()` runs the same publishing work immediately; the API calls
it before answering (costing nothing until the next scheduled change), and the `run_scheduler`
loop runs `run_due_schedule()` so webhooks fire even without traffic. Expiry needs no write to hold: the API's visibility rule
(`newsroom_pages.privacy.visible_pages`) excludes an item from its `expire_at` on, whether
or not the scheduler has unpublished it yet.
"""

import datetime
from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.db.models import Min
from django.dispatch import Signal
from django.utils import timezone
from wagtail.models import Page, Revision

from cms.actors import as_system
from cms.media.models import NewsroomImage

from .licences import apply_licence_windows, next_licence_change

# Sent by the scheduler (`run_scheduler`) after each run, for housekeeping that services above
# the domain attach to it (the sync log's retention, cms/sync/retention.py).
scheduler_ran = Signal()


@dataclass
class ScheduleRun:
    published: list[int] = field(default_factory=list)
    expired: list[int] = field(default_factory=list)
    refused: list[int] = field(default_factory=list)
    licences: list[int] = field(default_factory=list)
    """Images whose licence window opened or closed (newsroom_pages.licences)."""

    def __bool__(self) -> bool:
        return bool(self.published or self.expired or self.licences)


def _locked(queryset):
    if connection.features.has_select_for_update_skip_locked:
        return queryset.select_for_update(skip_locked=True, of=("self",))
    return queryset


def run_due_schedule() -> ScheduleRun:
    """Unpublish what has expired and publish what is due, as `publish_scheduled` does but
    including the exact moment itself; concurrent callers skip rows another one holds.

    It acts as the system, whoever's request it runs in: a due revision goes live only if the
    publication rule cleared it (cms.review). One it refuses is unscheduled, so that it is not
    tried again on every request; the refusal is in the page's history."""
    run = ScheduleRun()
    now = timezone.now()
    with as_system("scheduler"), transaction.atomic():
        for page in _locked(Page.objects.filter(live=True, expire_at__lte=now)).specific():
            page.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
            run.expired.append(page.pk)
        due = Revision.page_revisions.filter(approved_go_live_at__lte=now)
        for revision in _locked(due.order_by("approved_go_live_at")):
            try:
                revision.publish(log_action="wagtail.publish.scheduled")
            except PermissionDenied:
                Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
                run.refused.append(int(revision.object_id))
            else:
                run.published.append(int(revision.object_id))
        run.licences = apply_licence_windows(now, lock=_locked)
    return run


NEXT_CHANGE_KEY = "newsroom:schedule:next-change"
NEXT_CHANGE_CHECK_SECONDS = 300


def _next_change_from_database(now: datetime.datetime) -> datetime.datetime | None:
    """Pending work counts even when its moment has passed (a revision due but not yet
    published, a live page past its expiry): then the next change is now."""
    moments = [
        Page.objects.filter(live=True, expire_at__isnull=False).aggregate(m=Min("expire_at"))["m"],
        Page.objects.filter(go_live_at__gt=now).aggregate(m=Min("go_live_at"))["m"],
        Revision.page_revisions.filter(approved_go_live_at__isnull=False).aggregate(
            m=Min("approved_go_live_at")
        )["m"],
    ]
    moments.append(next_licence_change(now))
    moments = [moment for moment in moments if moment is not None]
    return min(moments) if moments else None


def next_scheduled_change(now: datetime.datetime | None = None) -> datetime.datetime | None:
    """The next moment published content changes by itself (an embargo lifts, an item
    expires). Kept in the shared cache and forgotten whenever a page or revision is saved, so
    asking on every request costs no query in steady state."""
    now = now or timezone.now()
    stored = cache.get(NEXT_CHANGE_KEY)
    if stored is None or (stored["checked"] + NEXT_CHANGE_CHECK_SECONDS) < now.timestamp():
        stored = {"at": _next_change_from_database(now), "checked": now.timestamp()}
        cache.set(NEXT_CHANGE_KEY, stored, timeout=NEXT_CHANGE_CHECK_SECONDS)
    return stored["at"]


def forget_next_change(sender=None, instance=None, **kwargs) -> None:
    """Connected to post_save/post_delete: a saved page or revision may move the schedule."""
    if instance is None or isinstance(instance, Page | Revision | NewsroomImage):
        cache.delete(NEXT_CHANGE_KEY)


def catch_up_when_due(now: datetime.datetime | None = None) -> ScheduleRun:
    """What the API calls before answering: nothing at all until the next scheduled change."""
    now = now or timezone.now()
    upcoming = next_scheduled_change(now)
    if upcoming is None or upcoming > now:
        return ScheduleRun()
    run = run_due_schedule()
    forget_next_change()
    return run
