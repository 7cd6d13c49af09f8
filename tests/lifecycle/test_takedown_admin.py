"""The admin's "Take down" action: offered to, and done by, the Legal permission (the Reviewers
group) only; a reason is required; the same page lifts it."""

import pytest
from django.urls import reverse
from wagtail.models import Page, PageLogEntry

from cms.review.takedown import LIFT_ACTION, TAKE_DOWN_ACTION
from newsroom_pages.takedown import Takedown
from tests.factories import PressReleasePageFactory
from tests.review.conftest import client_for, user_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(newsroom):
    page = PressReleasePageFactory(parent=newsroom, slug="contested")
    page.save_revision().publish()
    return page


def takedown_url(page) -> str:
    return reverse("newsroom_takedown", args=[page.pk])


def edit_page(user, page) -> str:
    return client_for(user).get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()


def test_reviewers_are_offered_take_down_on_the_edit_page(item):
    assert takedown_url(item) in edit_page(user_in("Reviewers", "legal"), item)


def test_moderators_are_not_offered_take_down(item):
    assert takedown_url(item) not in edit_page(user_in("Moderators", "moderator"), item)


def test_a_reviewer_takes_an_item_down_with_a_reason(item):
    legal = user_in("Reviewers", "legal")
    response = client_for(legal).post(takedown_url(item), {"reason": "Court order 2026/114"})
    assert response.status_code == 302
    assert not Page.objects.get(pk=item.pk).live
    entry = PageLogEntry.objects.get(page=item, action=TAKE_DOWN_ACTION)
    assert (entry.user_id, entry.data["reason"]) == (legal.pk, "Court order 2026/114")


def test_a_takedown_without_a_reason_changes_nothing(item):
    response = client_for(user_in("Reviewers", "legal")).post(takedown_url(item), {"reason": " "})
    assert response.status_code == 200
    assert Page.objects.get(pk=item.pk).live
    assert not Takedown.objects.exists()


@pytest.mark.parametrize("group", ["Moderators", "Editors"])
def test_without_the_legal_permission_the_action_is_refused(group, item):
    client = client_for(user_in(group, "someone"))
    assert client.get(takedown_url(item)).status_code in (302, 403)
    client.post(takedown_url(item), {"reason": "Court order"})
    assert Page.objects.get(pk=item.pk).live
    assert not Takedown.objects.exists()


def test_the_same_page_lifts_the_takedown(item):
    client = client_for(user_in("Reviewers", "legal"))
    client.post(takedown_url(item), {"reason": "Court order"})
    assert "Lift takedown" in client.get(takedown_url(item)).content.decode()
    client.post(takedown_url(item), {"lift": "1"})
    assert not Takedown.objects.exists()
    assert PageLogEntry.objects.filter(page=item, action=LIFT_ACTION).exists()


def test_the_edit_page_of_a_taken_down_item_offers_no_publish(admin_user, item):
    client = client_for(admin_user)
    client.post(takedown_url(item), {"reason": "Court order"})
    assert 'name="action-publish"' not in edit_page(admin_user, item)


def test_the_edit_page_of_an_item_not_taken_down_offers_publish(admin_user, item):
    """The control for the test above."""
    assert 'name="action-publish"' in edit_page(admin_user, item)
