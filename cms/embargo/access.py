"""What an embargo token opens: the pinned revision while the embargo holds, the public page
once it has lifted. The only way, besides preview, that a page not yet public leaves the CMS."""

import datetime
from dataclasses import dataclass

from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Page

from newsroom_pages.privacy import visible_pages
from newsroom_pages.scheduling import run_due_schedule

from .audit import record_open
from .links import EmbargoLink
from .tokens import (
    EmbargoTokenError,
    EmbargoTokenExpired,
    EmbargoTokenRevoked,
    EmbargoWithdrawn,
    read_token,
    token_ttl_after_release,
)


@dataclass(frozen=True)
class EmbargoAccess:
    link: EmbargoLink
    page: Page
    lifted: bool

    @property
    def lifts_at(self) -> datetime.datetime:
        return self.link.lifts_at


def _is_public(link: EmbargoLink, at: datetime.datetime) -> bool:
    """Public: the page is live and visible, and the pinned revision is no longer waiting."""
    waiting = link.revision.approved_go_live_at
    if waiting is not None and waiting > at:
        return False
    return visible_pages(Page.objects.filter(pk=link.page_id), at=at).exists()


def open_embargo(
    token: object, *, request: HttpRequest | None = None, at: datetime.datetime | None = None
) -> EmbargoAccess:
    """Raises `EmbargoTokenError` (with a `code`) rather than ever returning a page the token
    does not grant. Every successful open is logged."""
    at = at or timezone.now()
    link_id, nonce = read_token(token)
    link = (
        EmbargoLink.objects.select_related("journalist", "revision", "page")
        .filter(pk=link_id, nonce=nonce)
        .first()
    )
    if link is None:
        raise EmbargoTokenError()
    if link.is_revoked or not link.journalist.active:
        raise EmbargoTokenRevoked()
    if at > link.lifts_at + token_ttl_after_release():
        raise EmbargoTokenExpired()
    due = link.revision.approved_go_live_at
    if due is not None and due <= at:
        # The moment has come but nothing has published it yet: publish now, never show the
        # journalist an embargo that has already lifted.
        run_due_schedule()
        link.revision.refresh_from_db()
    if _is_public(link, at):
        page = link.page.specific
        lifted = True
    elif link.revision.approved_go_live_at is not None:
        page = link.revision.as_object()
        lifted = False
    else:
        raise EmbargoWithdrawn()
    record_open(link, after_release=lifted, request=request)
    return EmbargoAccess(link=link, page=page, lifted=lifted)
