"""The publication rule's face in the admin: refusals explained before the action is tried,
publish buttons not offered where they would be refused, refusals and bypasses named in the
page history. The rule itself is enforced in cms.review.enforcement, whatever the door."""

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.models import Page

from cms.actors import current_actor
from newsroom_pages.pages import NewsItemPage
from newsroom_pages.takedown import is_taken_down

from .dashboard import NewsroomSchedulePanel, editable_pages
from .governance import (
    BYPASS_ACTION,
    REFUSED_ACTION,
    go_live_refusal,
    is_governed,
    may_bypass,
    refused,
)
from .licence_panel import LicencesEndingPanel, warning_for
from .submission import publish_or_submit
from .takedown import LIFT_ACTION, TAKE_DOWN_ACTION, may_take_down
from .takedown_views import takedown_view


@hooks.register("before_publish_page")
def explain_refusal(request, page):
    """Runs after the edit is saved as a revision and before it is published: a refusal keeps
    every change as a draft."""
    refusal = go_live_refusal(page, page.get_latest_revision(), request.user)
    if refusal is None:
        return None
    refused(page, refusal, current_actor())
    messages.error(request, refusal)
    return redirect("wagtailadmin_pages:edit", page.pk)


def _publish_targets(objects, include_descendants: bool) -> list[Page]:
    pages = [obj for obj in objects if isinstance(obj, Page)]
    if include_descendants:
        for page in list(pages):
            pages += list(page.get_descendants().not_live().type(NewsItemPage).specific())
    return pages


@hooks.register("before_bulk_action")
def explain_bulk_refusal(request, action_type, objects, action_class_instance):
    if action_type != "publish":
        return None
    include_descendants = request.POST.get("include_descendants") in ("on", "true", "1")
    refusals = []
    for page in _publish_targets(objects, include_descendants):
        reason = go_live_refusal(page, page.get_latest_revision(), request.user)
        if reason is not None:
            refused(page, reason, current_actor())
            refusals.append(page)
    if not refusals:
        return None
    titles = ", ".join(f"“{page.get_admin_display_title()}”" for page in refusals[:10])
    more = f" and {len(refusals) - 10} more" if len(refusals) > 10 else ""
    messages.error(request, f"Nothing was published: {titles}{more} need legal review first.")
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}):
        target = reverse("wagtailadmin_explore_root")
    return redirect(target)


@hooks.register("construct_page_action_menu")
def hide_publish_without_review(menu_items, request, context):
    page = context.get("page")
    parent = context.get("parent_page")
    if page is not None and page.pk is not None and is_taken_down(page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
        return
    if page is None or may_bypass(request.user):
        return
    if page.pk is None and parent is not None:
        page.locale = parent.locale
    if is_governed(page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("register_log_actions")
def register_rule_actions(actions):
    actions.register_action(
        BYPASS_ACTION, _("Publish without legal review"), _("Published without legal review")
    )
    actions.register_action(
        REFUSED_ACTION, _("Publication refused"), _("Publication refused by the publication rule")
    )
    actions.register_action(TAKE_DOWN_ACTION, _("Take down"), _("Taken down by the legal team"))
    actions.register_action(LIFT_ACTION, _("Lift takedown"), _("Takedown lifted"))


@hooks.register("register_admin_urls")
def takedown_urls():
    return [path("takedown/<int:page_id>/", takedown_view, name="newsroom_takedown")]


@hooks.register("register_page_header_buttons")
def takedown_button(page, user, view_name, next_url=None):
    if not isinstance(page.specific_deferred, NewsItemPage) or not may_take_down(user):
        return
    label = "Lift takedown" if is_taken_down(page) else "Take down"
    yield Button(
        label, reverse("newsroom_takedown", args=[page.pk]), icon_name="warning", priority=90
    )


@hooks.register("construct_homepage_panels")
def add_newsroom_schedule(request, panels):
    panels.append(NewsroomSchedulePanel())
    panels.append(LicencesEndingPanel())


@hooks.register("after_publish_page")
def warn_of_unlicensed_images(request, page):
    """Published or scheduled: the editor hears of any image its go-live will not show."""
    revision = page.get_latest_revision()
    warning = warning_for(page, revision) if revision is not None else None
    if warning is not None:
        messages.warning(request, warning)


@hooks.register("construct_page_chooser_queryset")
def choose_only_what_you_may_see(pages, request):
    """A page that is not live (a draft, an embargoed release) is offered only to those who may
    edit it: its title is as secret as its text."""
    return pages.filter(Q(live=True) | Q(pk__in=editable_pages(request.user).values("pk")))


@hooks.register("before_edit_page", order=-10)
def translation_editor_publish(request, page):

    if request.method == "POST" and request.POST.get("action") == "publish":
        return publish_or_submit(request, page.specific)
    return None
