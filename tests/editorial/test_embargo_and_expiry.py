"""Embargo (`go_live_at`) and expiry (`expire_at`) hold at their exact moment, with time
frozen: one microsecond before, the old state; at the moment itself, the new one."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from wagtail.models import Page

from newsroom_pages.pages import NewsItemPage
from newsroom_pages.privacy import visible_pages
from newsroom_pages.scheduling import catch_up_when_due, next_scheduled_change
from tests.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

MOMENT = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC)
JUST_BEFORE = MOMENT - datetime.timedelta(microseconds=1)
EDITING_DAY = MOMENT - datetime.timedelta(days=1)


def visible_ids() -> set[int]:
    return set(visible_pages(NewsItemPage.objects.all()).values_list("pk", flat=True))


def published_the_day_before(newsroom, title: str, **schedule):
    """What the editor did on EDITING_DAY: publish with a go-live or expiry moment."""
    with time_machine.travel(EDITING_DAY, tick=False):
        page = PressReleasePageFactory(parent=newsroom, title=title, live=False, **schedule)
        page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def embargoed(newsroom):
    return published_the_day_before(newsroom, "Embargoed", go_live_at=MOMENT)


def test_a_scheduled_item_stays_unpublished_and_invisible_until_its_moment(embargoed):
    with time_machine.travel(JUST_BEFORE, tick=False):
        catch_up_when_due()
        embargoed.refresh_from_db()
        assert embargoed.live is False
        assert embargoed.pk not in visible_ids()


def test_the_scheduled_moment_is_known_before_it_arrives(embargoed):
    with time_machine.travel(JUST_BEFORE, tick=False):
        assert next_scheduled_change() == MOMENT


def test_at_its_moment_the_catch_up_publishes_it_without_waiting_for_the_scheduler(embargoed):
    with time_machine.travel(MOMENT, tick=False):
        run = catch_up_when_due()
        embargoed.refresh_from_db()
        assert run.published == [embargoed.pk]
        assert embargoed.live is True
        assert embargoed.pk in visible_ids()


def test_a_live_item_keeps_its_published_version_until_the_scheduled_revision_is_due(
    newsroom,
):
    with time_machine.travel(EDITING_DAY, tick=False):
        page = PressReleasePageFactory(parent=newsroom, title="Old headline", live=False)
        page.save_revision().publish()
        page.refresh_from_db()
        page.title, page.go_live_at = "New headline", MOMENT
        page.save_revision().publish()

    with time_machine.travel(JUST_BEFORE, tick=False):
        catch_up_when_due()
        assert Page.objects.get(pk=page.pk).title == "Old headline"
    with time_machine.travel(MOMENT, tick=False):
        catch_up_when_due()
        assert Page.objects.get(pk=page.pk).title == "New headline"


@pytest.fixture
def expiring(newsroom):
    return published_the_day_before(newsroom, "Expiring", expire_at=MOMENT)


def test_an_expiring_item_is_visible_until_just_before_its_expiry(expiring):
    with time_machine.travel(JUST_BEFORE, tick=False):
        assert expiring.pk in visible_ids()


def test_an_item_is_invisible_from_its_expiry_moment_even_before_the_scheduler_runs(expiring):
    with time_machine.travel(MOMENT, tick=False):
        assert Page.objects.get(pk=expiring.pk).live is True, "no scheduler has run yet"
        assert expiring.pk not in visible_ids()


def test_at_its_expiry_moment_the_catch_up_unpublishes_it_as_expired(expiring):
    with time_machine.travel(MOMENT, tick=False):
        run = catch_up_when_due()
    expiring.refresh_from_db()
    assert run.expired == [expiring.pk]
    assert (expiring.live, expiring.expired) == (False, True)


def test_the_catch_up_costs_no_query_before_the_next_change_once_it_is_known(
    embargoed, django_assert_num_queries
):
    with time_machine.travel(JUST_BEFORE, tick=False):
        catch_up_when_due()
        with django_assert_num_queries(0):
            assert catch_up_when_due().published == []


def test_a_due_revision_is_published_even_when_the_next_change_was_forgotten_after_its_moment(
    embargoed,
):
    with time_machine.travel(MOMENT + datetime.timedelta(minutes=1), tick=False):
        run = catch_up_when_due()
    assert run.published == [embargoed.pk]


def test_run_scheduler_once_publishes_due_items_like_the_loop_does(embargoed, capsys):
    with time_machine.travel(MOMENT + datetime.timedelta(seconds=5), tick=False):
        call_command("run_scheduler", "--once")
    embargoed.refresh_from_db()
    assert embargoed.live is True
    assert "Published 1, expired 0" in capsys.readouterr().out
