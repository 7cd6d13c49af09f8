from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page

from .dashboard import NewsroomSchedulePanel
from .rules import BYPASS_ACTION, log_bypass, may_bypass, requires_legal_review

REFUSAL = (
    "“{title}” needs legal review before it is published or scheduled: your changes are saved "
    "as a draft. Choose “Submit to Legal review”; a reviewer's approval publishes it (at its "
    "go-live time, if one is set)."
)


@hooks.register("before_publish_page")
def require_legal_review(request, page):
    """Runs after the edit is saved as a revision and before it is published: a refusal keeps
    every change as a draft."""
    if not requires_legal_review(page):
        return None
    if may_bypass(request.user):
        log_bypass(page, request.user)
        return None
    messages.error(request, REFUSAL.format(title=page.get_admin_display_title()))
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_bulk_action")
def require_legal_review_in_bulk(request, action_type, objects, action_class_instance):
    if action_type != "publish":
        return None
    governed = [obj for obj in objects if isinstance(obj, Page) and requires_legal_review(obj)]
    if not governed:
        return None
    if may_bypass(request.user):
        for page in governed:
            log_bypass(page, request.user)
        return None
    titles = ", ".join(f"“{page.get_admin_display_title()}”" for page in governed)
    messages.error(request, f"Not published: {titles} need legal review first.")
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}):
        target = reverse("wagtailadmin_explore_root")
    return redirect(target)


@hooks.register("construct_page_action_menu")
def hide_publish_without_review(menu_items, request, context):
    page = context.get("page")
    if page is None or may_bypass(request.user):
        return
    if requires_legal_review(page, parent=context.get("parent_page")):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("register_log_actions")
def register_bypass_action(actions):
    actions.register_action(
        BYPASS_ACTION, _("Publish without legal review"), _("Published without legal review")
    )


@hooks.register("construct_homepage_panels")
def add_newsroom_schedule(request, panels):
    panels.append(NewsroomSchedulePanel())
