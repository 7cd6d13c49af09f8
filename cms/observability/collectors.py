"""Metrics read from the database at scrape time: the work of processes that serve no HTTP
(the webhook worker, the scheduler), whose truth is in the rows they write.

Every instance reports the same values: aggregate them with `max`, not `sum` (the dashboard
in infra/grafana/ does). A scrape runs a handful of indexed queries; a database that cannot
answer leaves these series out of that scrape rather than failing it.
"""

import datetime
import logging
from collections.abc import Callable, Iterator

from django.db import DatabaseError
from django.db.models import Min
from django.utils import timezone
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision

from newsroom_pages.licences import WITHDRAWN_ACTION

from .models import Heartbeat

logger = logging.getLogger(__name__)

SCHEDULER = "scheduler"
EMBARGO_LIFT_ACTION = "wagtail.publish.scheduled"
LICENCE_WITHDRAWAL_ACTIONS = (WITHDRAWN_ACTION,)
"""Audit-log actions that withdraw an image whose licence ended (the licence window's
enforcement logs one per image)."""

_families: list[Callable[[], Metric]] = []


def register(family: Callable[[], Metric]) -> None:
    """Another app's metric read from the database at scrape time (in its `ready()`)."""
    if family not in _families:
        _families.append(family)


class DatabaseCollector(Collector):
    def collect(self) -> Iterator:
        try:
            families = list(self._families())
        except DatabaseError as error:
            logger.warning("Metrics from the database skipped: %s", error)
            return
        yield from families

    def _families(self) -> Iterator:
        for family in _families:
            yield family()
        yield from self._scheduler()
        lifts = CounterMetricFamily(
            "newsroom_embargo_lifts", "Scheduled publications (embargoes lifted) so far."
        )
        lifts.add_metric([], PageLogEntry.objects.filter(action=EMBARGO_LIFT_ACTION).count())
        yield lifts
        withdrawals = CounterMetricFamily(
            "newsroom_licence_withdrawals", "Images withdrawn when their licence ended, so far."
        )
        withdrawn = sum(
            model.objects.filter(action__in=LICENCE_WITHDRAWAL_ACTIONS).count()
            for model in (ModelLogEntry, PageLogEntry)
        )
        withdrawals.add_metric([], withdrawn)
        yield withdrawals

    def _scheduler(self) -> Iterator:
        now = timezone.now()
        heartbeat = Heartbeat.objects.filter(name=SCHEDULER).first()
        runs = CounterMetricFamily("newsroom_scheduler_runs", "Runs of the scheduler loop.")
        runs.add_metric([], heartbeat.runs if heartbeat else 0)
        yield runs
        last_run = GaugeMetricFamily(
            "newsroom_scheduler_last_run_timestamp_seconds",
            "When the scheduler loop last finished a run (Unix time); absent before its first.",
        )
        if heartbeat is not None and heartbeat.last_run_at is not None:
            last_run.add_metric([], heartbeat.last_run_at.timestamp())
        yield last_run
        due = oldest_due(now)
        yield GaugeMetricFamily(
            "newsroom_scheduler_lag_seconds",
            "How late the oldest due scheduled change is (0 when nothing is overdue).",
            value=max(0.0, (now - due).total_seconds()) if due is not None else 0.0,
        )


def oldest_due(now: datetime.datetime) -> datetime.datetime | None:
    """The oldest moment at which content should have changed and has not yet: a revision
    due to go live, or a live page past its expiry."""
    moments = [
        Revision.page_revisions.filter(approved_go_live_at__lte=now).aggregate(
            m=Min("approved_go_live_at")
        )["m"],
        Page.objects.filter(live=True, expire_at__lte=now).aggregate(m=Min("expire_at"))["m"],
    ]
    moments = [moment for moment in moments if moment is not None]
    return min(moments) if moments else None
