"""The editor's newsroom on the admin dashboard: what goes live next (and how many journalists
already hold it under embargo), what waits for legal review, what expires soon. Times are shown
in the editor's own time zone (Account > Preferences), which Wagtail activates for admin views.
"""

import datetime

from django.db.models import CharField, Count, Q, QuerySet
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.conf import newsroom
from cms.embargo.links import EmbargoLink
from newsroom_pages.pages import NewsItemPage

from .rules import WORKFLOW_NAME

LIMIT = 10


def editable_pages(user) -> QuerySet:
    """What a user may open in the editor: an embargoed title is shown to nobody else (a
    translator sees their language's pages, not the English drafts)."""
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


def upcoming_go_lives(now: datetime.datetime, editable: QuerySet) -> list[dict]:
    ids = editable.values_list(Cast("pk", CharField()), flat=True)
    revisions = (
        Revision.page_revisions.filter(approved_go_live_at__gt=now, object_id__in=ids)
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


def awaiting_review(editable: QuerySet) -> list[WorkflowState]:
    ids = editable.values_list(Cast("pk", CharField()), flat=True)
    return list(
        WorkflowState.objects.active()
        .filter(workflow__name=WORKFLOW_NAME, object_id__in=ids)
        .select_related("current_task_state__task", "requested_by")
        .order_by("current_task_state__started_at")[:LIMIT]
    )


def expiring_soon(now: datetime.datetime, editable: QuerySet) -> list[Page]:
    horizon = now + datetime.timedelta(days=newsroom.DASHBOARD_EXPIRING_DAYS)
    return list(
        NewsItemPage.objects.filter(
            live=True, expire_at__gt=now, expire_at__lte=horizon, pk__in=editable.values("pk")
        ).order_by("expire_at")[:LIMIT]
    )


class NewsroomSchedulePanel(Component):
    name = "newsroom_schedule"
    template_name = "review/dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        now = timezone.now()
        editable = editable_pages(parent_context["request"].user)
        states = awaiting_review(editable)
        pages = {
            page.pk: page
            for page in Page.objects.filter(pk__in=[int(s.object_id) for s in states]).specific()
        }
        return {
            "upcoming": upcoming_go_lives(now, editable),
            "awaiting": [(state, pages.get(int(state.object_id))) for state in states],
            "expiring": expiring_soon(now, editable),
            "time_zone": timezone.get_current_timezone_name(),
            "expiring_days": newsroom.DASHBOARD_EXPIRING_DAYS,
        }
