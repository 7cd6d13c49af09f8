"""The editor's newsroom on the admin dashboard: what goes live next (and how many journalists
already hold it under embargo), what waits for legal review, what expires soon. Times are shown
in the editor's own time zone (Account > Preferences), which Wagtail activates for admin views.
"""

import datetime

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, WorkflowState

from cms.embargo.links import EmbargoLink
from newsroom_pages.pages import NewsItemPage

from .rules import WORKFLOW_NAME

LIMIT = 10


def upcoming_go_lives(now: datetime.datetime) -> list[dict]:
    revisions = (
        Revision.page_revisions.filter(approved_go_live_at__gt=now)
        .order_by("approved_go_live_at")
        .values_list("object_id", "pk", "approved_go_live_at")[:LIMIT]
    )
    revisions = list(revisions)
    page_ids = [int(object_id) for object_id, _pk, _at in revisions]
    pages = {page.pk: page for page in NewsItemPage.objects.filter(pk__in=page_ids)}
    sent = dict(
        EmbargoLink.objects.filter(revision_id__in=[pk for _o, pk, _a in revisions])
        .values("revision_id")
        .annotate(
            sent=Count("pk", filter=Q(revoked_at__isnull=True)),
        )
        .values_list("revision_id", "sent")
    )
    opened = dict(
        EmbargoLink.objects.filter(revision_id__in=[pk for _o, pk, _a in revisions])
        .filter(opens__isnull=False)
        .values("revision_id")
        .annotate(opened=Count("pk", distinct=True))
        .values_list("revision_id", "opened")
    )
    return [
        {
            "page": pages[int(object_id)],
            "go_live_at": at,
            "journalists": sent.get(pk, 0),
            "opened": opened.get(pk, 0),
        }
        for object_id, pk, at in revisions
        if int(object_id) in pages
    ]


def awaiting_review() -> list[WorkflowState]:
    return list(
        WorkflowState.objects.active()
        .filter(workflow__name=WORKFLOW_NAME)
        .select_related("current_task_state__task", "requested_by")
        .order_by("current_task_state__started_at")[:LIMIT]
    )


def expiring_soon(now: datetime.datetime) -> list[Page]:
    horizon = now + datetime.timedelta(days=settings.NEWSROOM_DASHBOARD_EXPIRING_DAYS)
    return list(
        NewsItemPage.objects.filter(live=True, expire_at__gt=now, expire_at__lte=horizon).order_by(
            "expire_at"
        )[:LIMIT]
    )


class NewsroomSchedulePanel(Component):
    name = "newsroom_schedule"
    template_name = "review/dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        now = timezone.now()
        states = awaiting_review()
        pages = {
            page.pk: page
            for page in Page.objects.filter(pk__in=[int(s.object_id) for s in states]).specific()
        }
        return {
            "upcoming": upcoming_go_lives(now),
            "awaiting": [(state, pages.get(int(state.object_id))) for state in states],
            "expiring": expiring_soon(now),
            "time_zone": timezone.get_current_timezone_name(),
            "expiring_days": settings.NEWSROOM_DASHBOARD_EXPIRING_DAYS,
        }
