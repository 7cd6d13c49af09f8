"""The editor's dashboard panel: upcoming go-lives (with who holds them under embargo) in the
editor's time zone, items waiting for legal review, items expiring soon."""

import datetime

import pytest
from django.utils import timezone
from lxml import html
from wagtail.models import Workflow
from wagtail.users.models import UserProfile

from cms.embargo.sending import send_embargo
from tests.factories import PressReleasePageFactory

from .conftest import client_for

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

GO_LIVE = datetime.datetime(2030, 6, 1, 9, 0, tzinfo=datetime.UTC)


def dashboard(user):
    response = client_for(user).get("/admin/")
    assert response.status_code == 200
    return html.fromstring(response.content)


def rows(tree, testid: str) -> list[str]:
    return [
        " ".join(row.text_content().split())
        for row in tree.xpath(f'//*[@data-testid="{testid}"]//tbody/tr')
    ]


@pytest.fixture
def scheduled(newsroom):
    page = PressReleasePageFactory(parent=newsroom, title="Arms report", live=False)
    page.go_live_at = GO_LIVE
    page.save_revision().publish()
    return page


def test_upcoming_go_lives_are_shown_in_the_editors_time_zone(editor, scheduled):
    profile = UserProfile.get_for_user(editor)
    profile.current_time_zone = "Asia/Beirut"
    profile.save()
    tree = dashboard(editor)
    assert rows(tree, "dashboard-upcoming") == ["Arms report 1 Jun 2030, 12:00 not sent"]
    assert "Asia/Beirut" in tree.xpath('//*[@data-testid="dashboard-time-zone"]')[0].text


def test_an_upcoming_embargo_shows_how_many_journalists_hold_it(editor, scheduled, press_list):
    send_embargo(scheduled, press_list)
    (row,) = rows(dashboard(editor), "dashboard-upcoming")
    assert row.endswith("2 journalists, 0 opened")


def test_items_waiting_for_legal_review_are_listed(editor, newsroom):
    page = PressReleasePageFactory(parent=newsroom, title="Needs a lawyer", live=False)
    page.save_revision(user=editor)
    Workflow.objects.get(name="Legal review").start(page, editor)
    (row,) = rows(dashboard(editor), "dashboard-awaiting")
    assert row.startswith("Needs a lawyer editor")


def test_items_expiring_soon_are_listed_and_later_ones_are_not(editor, newsroom):
    soon = timezone.now() + datetime.timedelta(days=2)
    PressReleasePageFactory(parent=newsroom, title="Expires soon", expire_at=soon)
    PressReleasePageFactory(
        parent=newsroom, title="Expires later", expire_at=soon + datetime.timedelta(days=30)
    )
    (row,) = rows(dashboard(editor), "dashboard-expiring")
    assert row.startswith("Expires soon ")
