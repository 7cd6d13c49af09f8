"""The next moment at which published content changes by itself (embargo lifts, item expires)."""

from datetime import datetime

from django.db.models import Min
from wagtail.models import Page, Revision


def next_scheduled_change(now: datetime) -> datetime | None:
    moments = [
        Page.objects.filter(live=True, expire_at__gt=now).aggregate(m=Min("expire_at"))["m"],
        Page.objects.filter(go_live_at__gt=now).aggregate(m=Min("go_live_at"))["m"],
        Revision.page_revisions.filter(approved_go_live_at__gt=now).aggregate(
            m=Min("approved_go_live_at")
        )["m"],
    ]
    moments = [moment for moment in moments if moment is not None]
    return min(moments) if moments else None
