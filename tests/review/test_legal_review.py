"""Legal review: news items are published or scheduled only through a reviewer's approval;
an admin or a configured group may bypass it, and the bypass is logged."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, Workflow, WorkflowPage, WorkflowState

from cms.review.governance import BYPASS_ACTION
from cms.review.rules import WORKFLOW_NAME
from newsroom_pages.pages import PressReleasePage
from tests.factories import NewsroomIndexPageFactory, PressReleasePageFactory

from .conftest import client_for, edit_form

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def draft(newsroom):
    return PressReleasePageFactory(parent=newsroom, title="Draft report", live=False)


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def later() -> str:
    return (timezone.localtime() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")


def test_the_migration_installs_the_workflow_its_task_and_the_reviewers_group():
    from django.contrib.auth.models import Group

    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    (task,) = [task.specific for task in workflow.tasks.all()]
    assert task.name == WORKFLOW_NAME
    assert list(task.groups.values_list("name", flat=True)) == ["Reviewers"]
    assert Group.objects.get(name="Reviewers").permissions.filter(codename="access_admin")


def test_a_new_newsroom_in_the_source_language_is_under_legal_review(newsroom):
    assert WorkflowPage.objects.get(page=newsroom).workflow.name == WORKFLOW_NAME


def test_a_news_item_in_the_newsroom_follows_the_legal_review_workflow(draft):
    assert draft.get_workflow().name == WORKFLOW_NAME


def test_an_editor_cannot_publish_a_news_item_directly(editor, draft):
    response = client_for(editor).post(
        edit_url(draft), edit_form(draft, action="action-publish", title="Changed title")
    )
    assert response.status_code == 302
    page = PressReleasePage.objects.get(pk=draft.pk)
    assert not page.live
    assert page.get_latest_revision().content["title"] == "Changed title"  # nothing lost


def test_an_editor_cannot_schedule_a_news_item_directly(editor, draft):
    client_for(editor).post(
        edit_url(draft), edit_form(draft, action="action-publish", go_live_at=later())
    )
    assert not draft.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_the_publish_button_is_not_offered_to_an_editor(editor, draft):
    response = client_for(editor).get(edit_url(draft))
    assert b'name="action-publish"' not in response.content
    assert b"Submit to Legal review" in response.content


def test_a_reviewers_approval_schedules_the_submitted_revision(editor, reviewer, draft):
    client_for(editor).post(
        edit_url(draft), edit_form(draft, action="action-submit", go_live_at=later())
    )
    state = WorkflowState.objects.get(workflow__name=WORKFLOW_NAME, object_id=str(draft.pk))
    task_state = state.current_task_state
    response = client_for(reviewer).post(
        reverse("wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk]),
        {"comment": "Cleared by legal"},
    )
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    scheduled = draft.revisions.get(approved_go_live_at__isnull=False)
    assert scheduled.approved_go_live_at > timezone.now()
    assert not PressReleasePage.objects.get(pk=draft.pk).live


def test_a_superuser_may_bypass_and_the_bypass_is_logged(admin_user, draft):
    client_for(admin_user).post(edit_url(draft), edit_form(draft, action="action-publish"))
    assert PressReleasePage.objects.get(pk=draft.pk).live
    assert PageLogEntry.objects.filter(page=draft, action=BYPASS_ACTION, user=admin_user).exists()


def test_a_configured_group_may_bypass(editor, draft, settings):
    settings.NEWSROOM_LEGAL_REVIEW_BYPASS_GROUPS = ["Moderators"]
    client_for(editor).post(edit_url(draft), edit_form(draft, action="action-publish"))
    assert PressReleasePage.objects.get(pk=draft.pk).live
    assert PageLogEntry.objects.filter(page=draft, action=BYPASS_ACTION, user=editor).exists()


def test_detaching_the_workflow_does_not_lift_the_rule(editor, site_root):
    other = NewsroomIndexPageFactory(parent=site_root, title="Other", slug="other")
    WorkflowPage.objects.filter(page=other).delete()
    item = PressReleasePageFactory(parent=other, live=False)
    client_for(editor).post(edit_url(item), edit_form(item, action="action-publish"))
    assert not PressReleasePage.objects.get(pk=item.pk).live


def test_a_newsroom_in_a_language_left_ungoverned_publishes_as_before(editor, draft, settings):
    settings.NEWSROOM_LEGAL_REVIEW_LOCALES = ["fr"]
    client_for(editor).post(edit_url(draft), edit_form(draft, action="action-publish"))
    assert PressReleasePage.objects.get(pk=draft.pk).live


def test_bulk_publishing_refuses_news_items_under_legal_review(editor, draft, newsroom):
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        + f"?id={draft.pk}&next=/admin/pages/{newsroom.pk}/"
    )
    response = client_for(editor).post(url)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{newsroom.pk}/"
    assert not PressReleasePage.objects.get(pk=draft.pk).live


def test_bulk_publishing_by_a_superuser_publishes_and_logs_the_bypass(admin_user, draft):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    client_for(admin_user).post(url + f"?id={draft.pk}")
    assert PressReleasePage.objects.get(pk=draft.pk).live
    assert PageLogEntry.objects.filter(page=draft, action=BYPASS_ACTION).exists()
