"""Keeping the change log to a retention window (`prune_sync_log`, and the scheduler with
NEWSROOM_SYNC_LOG_RETENTION_DAYS): it grew by a row per publish forever (60,000 rows at
50,000 items).

Pruning deletes the oldest rows and records the highest id deleted. A token that has not
seen every change up to that id cannot be brought up to date by a delta any more (a deleted
page's tombstone may be among the rows gone); `reading.expired` tells the API to answer it
with SYNC_TOKEN_EXPIRED, and the client starts again without a token.
"""

import datetime

from django.core.cache import cache
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from cms.conf import newsroom

from .models import PageChange, PrunedLog

RETENTION_LOCK = "newsroom:sync:retention"
RETENTION_EVERY_SECONDS = 3600


def prune_older_than(days: int) -> int:
    """Delete changes recorded more than `days` ago; returns how many."""
    cutoff = timezone.now() - datetime.timedelta(days=days)
    with transaction.atomic():
        old = PageChange.objects.filter(recorded_at__lt=cutoff)
        last = old.aggregate(m=Max("id"))["m"]
        if last is None:
            return 0
        deleted, _by_model = PageChange.objects.filter(id__lte=last).delete()
        horizon, _created = PrunedLog.objects.select_for_update().get_or_create(pk=1)
        horizon.through_change = max(horizon.through_change, last)
        horizon.pruned_at = timezone.now()
        horizon.save()
    return deleted


def apply_retention(**_signal) -> int:
    """The scheduler's step (on `scheduler_ran`): prune to NEWSROOM_SYNC_LOG_RETENTION_DAYS
    (0 keeps everything), at most once an hour: the scheduler runs every 30 seconds."""
    days = newsroom.SYNC_LOG_RETENTION_DAYS
    if days <= 0 or not cache.add(RETENTION_LOCK, True, timeout=RETENTION_EVERY_SECONDS):
        return 0
    return prune_older_than(days)


def pruned_through() -> int:
    horizon = PrunedLog.objects.filter(pk=1).values_list("through_change", flat=True).first()
    return horizon or 0
