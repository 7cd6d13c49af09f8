"""A translator's "Publish" in wagtail-localize's translation editor, under the publication rule.

The editor offers translators one button, Publish. Where the rule needs a review first, that
button saves the translation as a draft and submits it to Legal review, so the reviewer sees it
on their dashboard and their approval publishes it; where the source is not published yet, the
draft is kept and the translator is told why. Either way nothing goes live early.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from wagtail.models import Page
from wagtail_localize.models import Translation

from .governance import go_live_refusal, is_governed, may_bypass, translation_refusal

SUBMITTED = (
    "“{title}” is saved and submitted to Legal review in {locale}: a reviewer's approval "
    "publishes it."
)


def submit_for_review(page: Page, user: Any) -> None:
    workflow = page.get_workflow()
    if workflow is None:
        return
    state = page.current_workflow_state
    if state is not None:
        state.cancel(user=user)
    workflow.start(page, user)


def publish_or_submit(request: HttpRequest, page: Page) -> HttpResponse | None:
    """None: wagtail-localize publishes as usual (the rule lets this user publish)."""
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    user = request.user
    if go_live_refusal(page, None, user) is None:
        return None
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    if (refusal := translation_refusal(page)) is not None:
        messages.warning(request, refusal + " Your translation is saved as a draft.")
    elif is_governed(page) and not may_bypass(user):
        submit_for_review(page, user)
        messages.success(
            request,
            SUBMITTED.format(
                title=page.get_admin_display_title(), locale=page.locale.get_display_name()
            ),
        )
    return redirect("wagtailadmin_pages:edit", page.pk)
