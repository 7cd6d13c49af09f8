"""Imported posts go live only as the publication rule allows the acting user: an editor who
may not publish without legal review gets drafts submitted to Legal review, an
editor-in-chief publishes and the bypass is in each page's history."""

import pytest
from wagtail.models import PageLogEntry, WorkflowState

from cms.review.governance import BYPASS_ACTION
from cms.review.rules import WORKFLOW_NAME
from newsroom_pages.pages import NewsItemPage

from .conftest import run_import
from .test_mapping import export

pytestmark = pytest.mark.django_db


def test_an_editor_who_may_not_bypass_review_imports_drafts_submitted_to_legal_review(
    newsroom, editor, tmp_path
):
    report, printed = run_import(export(tmp_path, [{}, {}]), editor, tmp=tmp_path)
    assert report["counts"]["created"] == 2
    assert report["states"] == {"submitted to Legal review": 2}
    assert "2 submitted to Legal review" in printed
    assert not NewsItemPage.objects.filter(live=True).exists()
    states = WorkflowState.objects.active().filter(workflow__name=WORKFLOW_NAME)
    assert states.count() == 2
    assert set(states.values_list("requested_by__username", flat=True)) == {"editor"}
    assert not PageLogEntry.objects.filter(action=BYPASS_ACTION).exists()


def test_an_editor_in_chief_publishes_and_the_bypass_is_logged(newsroom, chief, tmp_path):
    report, _ = run_import(export(tmp_path, [{}]), chief, tmp=tmp_path)
    page = NewsItemPage.objects.get()
    assert page.live and report["states"] == {"live": 1}
    entry = PageLogEntry.objects.get(action=BYPASS_ACTION, page=page)
    assert entry.user.username == "chief"


def test_drafts_are_never_submitted_or_published(newsroom, editor, tmp_path):
    report, _ = run_import(export(tmp_path, [{"status": "pending"}]), editor, tmp=tmp_path)
    assert report["states"] == {"draft": 1}
    assert not WorkflowState.objects.exists()


def test_a_user_without_the_import_permission_is_refused_before_anything_is_written(
    newsroom, tmp_path
):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import CommandError

    user = get_user_model().objects.create_user("writer", "w@example.org", "x")
    user.groups.add(Group.objects.get(name="Moderators"))
    with pytest.raises(CommandError, match="may not import"):
        run_import(export(tmp_path, [{}]), user, tmp=tmp_path)
    assert not NewsItemPage.objects.exists()
