"""Embargoes and expiry hold in the API at their exact moment, with no scheduler run."""

import datetime

import pytest
import time_machine

from tests.factories import PressReleasePageFactory

from .conftest import listing_titles

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

MOMENT = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC)
JUST_BEFORE = MOMENT - datetime.timedelta(microseconds=1)
LISTING = "{ newsItems { totalCount edges { node { title } } } }"


@pytest.fixture
def embargoed(newsroom):
    with time_machine.travel(MOMENT - datetime.timedelta(days=1), tick=False):
        page = PressReleasePageFactory(parent=newsroom, title="Embargoed", live=False)
        page.go_live_at = MOMENT
        page.save_revision().publish()
    return page


def test_an_embargoed_item_is_absent_until_its_moment(graphql, embargoed):
    with time_machine.travel(JUST_BEFORE, tick=False):
        assert listing_titles(graphql.query(LISTING)) == []
        by_path = "query($path: String!) { page(urlPath: $path) { title } }"
        assert graphql.query(by_path, {"path": f"/newsroom/{embargoed.slug}/"})["page"] is None


def test_an_embargoed_item_appears_at_its_moment_without_a_scheduler_run(graphql, embargoed):
    with time_machine.travel(JUST_BEFORE, tick=False):
        graphql.query(LISTING)
    with time_machine.travel(MOMENT, tick=False):
        assert listing_titles(graphql.query(LISTING)) == ["Embargoed"]


def test_an_item_disappears_at_its_expiry_moment(graphql, newsroom):
    PressReleasePageFactory(parent=newsroom, title="Expiring", expire_at=MOMENT)
    with time_machine.travel(JUST_BEFORE, tick=False):
        assert listing_titles(graphql.query(LISTING)) == ["Expiring"]
    with time_machine.travel(MOMENT, tick=False):
        assert listing_titles(graphql.query(LISTING)) == []
