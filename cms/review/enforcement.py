"""The publication rule installed where Wagtail changes pages, below every door.

Wagtail's admin views, its bulk actions, its admin API and wagtail-localize do not share one
extension point for "before this goes live": some run the `before_publish_page` hook, most
build Wagtail's action classes directly, and wagtail-localize publishes from an `on_commit`
callback with no user. So the rule wraps the actions themselves (publish, copy, move,
copy for translation, delete), each refusing before it writes anything, and a `pre_save`
check catches whatever makes a governed page live without them (a page created live, an
alias turned into a page, a raw save): a new page is kept as a draft, anything else refused.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.db.models.signals import pre_save
from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.move_page import MovePageAction
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.models import Page

from cms.actors import current_actor
from cms.translation.permissions import may_translate_into
from newsroom_pages.pages import NewsItemPage
from newsroom_pages.takedown import any_taken_down

from . import governance, live_rows
from .sources import follow_source_schedule

COPY_LIVE_NEEDS_REVIEW = (
    "“{title}” was not copied: a published copy in this newsroom would skip legal review. "
    "Copy it without publishing, then submit the copy to Legal review."
)
MOVE_NEEDS_REVIEW = (
    "“{title}” was not moved: it is published, and in another language's newsroom it would be "
    "live without that newsroom's legal review. Unpublish it first, or ask a reviewer."
)
NOT_YOUR_LANGUAGE = "You may not translate into {locale}: you translate other languages."
COPY_TAKEN_DOWN = (
    "“{title}” was not copied: it is taken down, and a copy would be the same story under "
    "another name. Ask the legal team to lift the takedown first."
)
DELETE_IS_FOR_EDITORS = (
    "“{title}” was not deleted: pages are deleted by editors of their language. "
    "Unpublish it instead."
)


def _wrap(cls: type, name: str, guard: Callable[..., None], *, trusted_too: bool = False) -> None:
    """`trusted_too`: the guard also runs outside any door (it decides what that means)."""
    original = getattr(cls, name)
    if getattr(original, "_newsroom_guard", False):
        return

    @functools.wraps(original)
    def guarded(self, *args, **kwargs):
        if trusted_too or current_actor() is not None:
            guard(self, *args, **kwargs)
        return original(self, *args, **kwargs)

    guarded._newsroom_guard = True
    setattr(cls, name, guarded)


def _user(action: Any) -> Any:
    actor = current_actor()
    return action.user or (actor.person if actor is not None else None)


def _live_news_items(page: Page, *, recursive: bool) -> list[Page]:
    pages = [page] if page.live and isinstance(page.specific_deferred, NewsItemPage) else []
    if recursive:
        pages += list(page.get_descendants().type(NewsItemPage).live())
    return pages


def _guard_publish(action: PublishRevisionAction, *args: Any, **kwargs: Any) -> None:
    page = action.object
    if not isinstance(page, Page):
        return
    follow_source_schedule(page)
    governance.authorise_go_live(
        page, action.revision, _user(action), previous_revision=action.previous_revision
    )


def _refuse_unless_bypass(pages: list[Page], user: Any, message: str) -> None:
    if pages and not governance.may_bypass(user):
        raise governance.refused(
            pages[0], message.format(title=pages[0].get_admin_display_title()), current_actor()
        )


def _governed_at(pages: list[Page], destination: Page) -> list[Page]:
    """The pages that would be governed under `destination`, in its locale."""
    code = destination.locale.language_code
    return [page for page in pages if governance.is_governed_in(page.specific_class, code)]


def _guard_copy(action: CopyPageAction, *args: Any, **kwargs: Any) -> None:
    copied = [action.page]
    if action.recursive:
        copied += list(action.page.get_descendants().type(NewsItemPage))
    if (taken_down := any_taken_down(copied)) is not None:
        raise governance.refused(
            taken_down,
            COPY_TAKEN_DOWN.format(title=taken_down.get_admin_display_title()),
            current_actor(),
        )
    if not action.keep_live:
        return
    destination = action.to or action.page.get_parent()
    pages = _live_news_items(action.page, recursive=action.recursive)
    _refuse_unless_bypass(_governed_at(pages, destination), _user(action), COPY_LIVE_NEEDS_REVIEW)


def _guard_move(action: MovePageAction, *args: Any, **kwargs: Any) -> None:
    parent = action.target
    if action.pos not in (None, "first-child", "last-child", "sorted-child"):
        parent = action.target.get_parent()
    if parent.locale_id == action.page.locale_id:
        return
    pages = _live_news_items(action.page, recursive=True)
    _refuse_unless_bypass(_governed_at(pages, parent), _user(action), MOVE_NEEDS_REVIEW)


def _guard_translation_copy(action: CopyPageForTranslationAction, *args, **kwargs) -> None:
    actor = current_actor()
    source = action.page
    if isinstance(source.specific_deferred, NewsItemPage) and not source.live:
        raise governance.refused(
            source,
            governance.NOT_TRANSLATABLE.format(title=source.get_admin_display_title()),
            actor,
        )
    user = _user(action)
    if user is not None and not may_translate_into(user, action.locale):
        raise governance.refused(
            source, NOT_YOUR_LANGUAGE.format(locale=action.locale.get_display_name()), actor
        )


def _guard_delete(action: DeletePageAction, *args: Any, **kwargs: Any) -> None:
    user = _user(action)
    if user is None or user.is_superuser:
        return
    if "add" not in action.page.permissions_for_user(user).permissions:
        raise governance.refused(
            action.page,
            DELETE_IS_FOR_EDITORS.format(title=action.page.get_admin_display_title()),
            current_actor(),
        )


def _keep_out_of_view(
    sender, instance: Page, raw: bool = False, update_fields=None, **kwargs: Any
) -> None:
    """The last line: a governed page saved live without a publish the rule let through, or
    a live page's content saved without a publish (put back once saved: live_rows)."""
    actor = current_actor()
    if raw or actor is None or not isinstance(instance, NewsItemPage) or not instance.live:
        return
    if (instance.pk, instance.live_revision_id) in actor.allowed or live_rows.is_restoring(
        instance
    ):
        return
    before = (
        Page.objects.filter(pk=instance.pk)
        .values("live", "live_revision_id", "alias_of_id")
        .first()
        if instance.pk
        else None
    )
    unchanged = (
        before is not None
        and before["live"]
        and before["live_revision_id"] == instance.live_revision_id
        and before["alias_of_id"] == instance.alias_of_id
    )
    if unchanged:
        if live_rows.changes_content(update_fields) and governance.is_governed(instance):
            live_rows.restore_after_save(instance)
        return
    refusal = governance.go_live_refusal(instance, instance.live_revision, actor.person)
    if refusal is None:
        return
    if before is None or (before["alias_of_id"] and instance.alias_of_id is None):
        instance.live = False
        instance.has_unpublished_changes = True
        instance.live_revision = None
        if before is not None:
            Page.objects.filter(pk=instance.pk).update(
                live=False, has_unpublished_changes=True, live_revision=None
            )
        return
    raise governance.refused(instance, refusal, actor)


def install() -> None:
    _wrap(PublishRevisionAction, "execute", _guard_publish, trusted_too=True)
    _wrap(CopyPageAction, "execute", _guard_copy)
    _wrap(MovePageAction, "execute", _guard_move)
    _wrap(CopyPageForTranslationAction, "execute", _guard_translation_copy)
    _wrap(DeletePageAction, "execute", _guard_delete)
    pre_save.connect(_keep_out_of_view, dispatch_uid="newsroom.publication_rule")
    live_rows.connect()
