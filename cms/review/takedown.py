"""Taking a news item down, and lifting the takedown: what the legal team's action does.

A takedown unpublishes every language's version at once (Wagtail's unpublish, so the sync,
the webhooks with the item's cache tags, the response cache and search hear of it the usual
way), cancels whatever was scheduled to go live, and revokes the embargo links journalists
hold. From then on the publication rule (governance) refuses every go-live until it is lifted.
Lifting publishes nothing: the item goes back through Legal review like any draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import log
from wagtail.models import Page, Revision

from cms.actors import acting_as
from cms.embargo.links import EmbargoLink
from newsroom_pages.pages import NewsItemPage
from newsroom_pages.scheduling import forget_next_change
from newsroom_pages.takedown import LEGAL_PERMISSION, Takedown, takedown_of

TAKE_DOWN_ACTION = "newsroom.take_down"
LIFT_ACTION = "newsroom.lift_takedown"


class TakedownError(ValueError):
    """Input a takedown cannot act on; nothing was changed."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class TakedownReport:
    unpublished: list[int]
    unscheduled: list[int]
    revoked_links: int


def news_item(page_id: Any) -> NewsItemPage:
    """The news item a takedown names, or a TakedownError saying why there is none."""
    try:
        key = int(str(page_id).strip())
    except ValueError:
        raise TakedownError(f"“{page_id}” is not a page id.", "UNKNOWN_PAGE") from None
    page = Page.objects.filter(pk=key).first()
    if page is None:
        raise TakedownError(f"There is no page {key}.", "UNKNOWN_PAGE")
    if not isinstance(page.specific_deferred, NewsItemPage):
        raise TakedownError(
            f"Page {key} (“{page.title}”) is not a news item: only news items are taken down.",
            "NOT_A_NEWS_ITEM",
        )
    return page.specific


def may_take_down(user: Any) -> bool:
    return user is None or (user.is_active and user.has_perm(LEGAL_PERMISSION))


def _check_user(user: Any) -> None:
    if not may_take_down(user):
        raise TakedownError(
            f"{user} may not take items down or lift takedowns: that is the Legal permission.",
            "NOT_PERMITTED",
        )


def take_down(
    page: Page, reason: str, user: Any = None, *, door: str = "takedown"
) -> TakedownReport:
    """Take the story `page` belongs to down in every language. `user` None is an operator's
    command (no one to log); a user needs the Legal permission."""
    reason = (reason or "").strip()
    if not reason:
        raise TakedownError("A takedown needs a reason; it is kept in the audit log.", "NO_REASON")
    _check_user(user)
    if (existing := takedown_of(page)) is not None:
        raise TakedownError(
            f"“{page.title}” is already taken down (since {existing.taken_down_at:%Y-%m-%d %H:%M}"
            " UTC).",
            "ALREADY_TAKEN_DOWN",
        )
    report = TakedownReport(unpublished=[], unscheduled=[], revoked_links=0)
    versions = list(
        Page.objects.filter(translation_key=page.translation_key).order_by("pk").specific()
    )
    with acting_as(user, door), transaction.atomic():
        Takedown.objects.create(
            translation_key=page.translation_key, reason=reason, taken_down_by=user
        )
        for version in versions:
            scheduled = Revision.page_revisions.filter(
                object_id=str(version.pk), approved_go_live_at__isnull=False
            ).update(approved_go_live_at=None)
            if scheduled or version.go_live_at is not None:
                Page.objects.filter(pk=version.pk).update(go_live_at=None)
                version.go_live_at = None
                report.unscheduled.append(version.pk)
            if version.live:
                UnpublishPageAction(version, user=user).execute(skip_permission_checks=True)
                report.unpublished.append(version.pk)
            log(instance=version, action=TAKE_DOWN_ACTION, user=user, data={"reason": reason})
        report.revoked_links = EmbargoLink.objects.filter(
            page__translation_key=page.translation_key, revoked_at__isnull=True
        ).update(revoked_at=timezone.now(), revoked_by=user)
        transaction.on_commit(forget_next_change)
    return report


def lift_takedown(page: Page, user: Any = None, *, door: str = "takedown") -> Takedown:
    """The story may be published again (through Legal review); nothing goes live here."""
    _check_user(user)
    takedown = takedown_of(page)
    if takedown is None:
        raise TakedownError(f"“{page.title}” is not taken down: nothing to lift.", "NOT_TAKEN_DOWN")
    with acting_as(user, door), transaction.atomic():
        takedown.delete()
        for version in Page.objects.filter(translation_key=page.translation_key).order_by("pk"):
            log(
                instance=version,
                action=LIFT_ACTION,
                user=user,
                data={"reason": takedown.reason},
            )
    return takedown
