"""The one publication rule: when a news item may go live, whoever asks and by whichever door.

A news item in a governed newsroom (every content locale's, `NEWSROOM_LEGAL_REVIEW_LOCALES`)
goes live, or is scheduled to, only with a revision cleared by a completed Legal review or
published by a superuser or a member of `NEWSROOM_LEGAL_REVIEW_BYPASS_GROUPS` (that bypass is
written to the page's history). A translation never goes live while its source is not
published, and a translation is only ever made from a published source. A news item under a
legal takedown (newsroom_pages.takedown) goes live by no door at all, whoever asks, the
scheduler and trusted scripts included, until the takedown is lifted. Everything else is
Wagtail's own permission model.

`cms.review.enforcement` calls this from inside Wagtail's actions and models, so the admin's
forms, bulk actions, the admin API, wagtail-localize and management commands all meet it; the
admin hooks only use it to explain a refusal before the action is tried.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from wagtail.log_actions import log
from wagtail.models import Page, Revision

from cms.actors import Actor, current_actor
from cms.conf import newsroom
from newsroom_pages.pages import NewsItemPage
from newsroom_pages.takedown import is_taken_down

from .models import PublicationClearance
from .sources import is_published, source_of

BYPASS_ACTION = "newsroom.legal_review.bypass"
REFUSED_ACTION = "newsroom.publication.refused"
EVERY_LOCALE = "*"

NEEDS_REVIEW = (
    "“{title}” needs legal review before it is published or scheduled: nothing was published. "
    "Submit it to Legal review; a reviewer's approval publishes it (at its go-live time, if one "
    "is set)."
)
SOURCE_NOT_PUBLISHED = (
    "“{title}” is a translation of “{source}”, which is not published yet: a translation goes "
    "live only once its source has."
)
TAKEN_DOWN = (
    "“{title}” was taken down by the legal team: nothing was published. It cannot be published "
    "or scheduled in any language until the takedown is lifted."
)
NOT_TRANSLATABLE = (
    "“{title}” is not published: only published pages are translated, so that no draft or "
    "embargoed text reaches translators or readers early."
)


class PublicationRefused(PermissionDenied):
    """A change the rule refused; the admin shows `reason`, the admin API answers 403."""

    code = "PUBLICATION_REFUSED"

    def __init__(self, page: Page, reason: str, actor: Actor | None = None) -> None:
        super().__init__(reason)
        self.page = page
        self.reason = reason
        self.actor = actor
        self.recorded = False


def is_governed_in(model: type | None, locale_code: str) -> bool:
    if model is None or not issubclass(model, NewsItemPage):
        return False
    locales = newsroom.LEGAL_REVIEW_LOCALES
    return EVERY_LOCALE in locales or locale_code in locales


def is_governed(page: Page) -> bool:
    return is_governed_in(page.specific_class or type(page), page.locale.language_code)


def may_bypass(user: Any) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    groups = newsroom.LEGAL_REVIEW_BYPASS_GROUPS
    return bool(groups) and user.groups.filter(name__in=groups).exists()


def is_cleared(revision: Revision | None) -> bool:
    return revision is not None and PublicationClearance.objects.filter(revision=revision).exists()


def clear(revision: Revision, via: str, user: Any = None) -> None:
    PublicationClearance.objects.update_or_create(
        revision=revision, defaults={"via": via, "cleared_by": user}
    )


def translation_refusal(page: Page) -> str | None:
    source = source_of(page)
    if source is not None and not is_published(source):
        return SOURCE_NOT_PUBLISHED.format(
            title=page.get_admin_display_title(), source=source.get_admin_display_title()
        )
    return None


def go_live_refusal(
    page: Page,
    revision: Revision | None,
    user: Any,
    *,
    previous_revision: Revision | None = None,
) -> str | None:
    """Why `revision` of `page` may not go live (or be scheduled) for `user`, or None. A revert
    to a cleared revision is cleared: its content is that revision's."""
    if is_taken_down(page):
        return TAKEN_DOWN.format(title=page.get_admin_display_title())
    if (refusal := translation_refusal(page)) is not None:
        return refusal
    if not is_governed(page) or may_bypass(user):
        return None
    if is_cleared(revision) or is_cleared(previous_revision):
        return None
    return NEEDS_REVIEW.format(title=page.get_admin_display_title())


def authorise_go_live(
    page: Page, revision: Revision, user: Any = None, *, previous_revision: Revision | None = None
) -> None:
    """Raise PublicationRefused, or let the revision through and remember why it may go
    live, so that its scheduled go-live passes later without the user."""
    actor = current_actor()
    if actor is None:
        if is_taken_down(page):
            raise refused(page, TAKEN_DOWN.format(title=page.get_admin_display_title()))
        if is_governed(page) and not is_cleared(revision):
            clear(revision, PublicationClearance.TRUSTED)
        return
    user = user if user is not None else actor.person
    refusal = go_live_refusal(page, revision, user, previous_revision=previous_revision)
    if refusal is not None:
        raise refused(page, refusal, actor)
    if is_governed(page) and not is_cleared(revision):
        if may_bypass(user):
            clear(revision, PublicationClearance.BYPASS, user)
            log(instance=page, action=BYPASS_ACTION, user=user, revision=revision)
        else:
            reverted_to = PublicationClearance.objects.get(revision=previous_revision)
            clear(revision, reverted_to.via, reverted_to.cleared_by)
    actor.allowed.add((page.pk, revision.pk))


def refused(page: Page, reason: str, actor: Actor | None = None) -> PublicationRefused:
    """The refusal, written to the page's history (now, or by whoever catches it once the
    transaction it was raised in has rolled back)."""
    refusal = PublicationRefused(page, reason, actor)
    if actor is not None:
        actor.refusals.append(refusal)
    if connection.in_atomic_block:
        transaction.on_commit(lambda: record(refusal))
    else:
        record(refusal)
    return refusal


def record(refusal: PublicationRefused) -> None:
    if refusal.recorded or refusal.page.pk is None:
        return
    actor = refusal.actor
    log(
        instance=refusal.page,
        action=REFUSED_ACTION,
        user=actor.person if actor is not None else None,
        data={"reason": refusal.reason, "door": actor.door if actor else ""},
    )
    refusal.recorded = True
