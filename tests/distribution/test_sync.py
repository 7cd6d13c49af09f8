"""`sync` as a build sees it: an initial sync, then only what changed, with tombstones that say
where a page was; a token it did not issue is a coded error."""

import pytest
from wagtail.models import Page

from cms.api.core.identity import global_id
from tests.api.conftest import GraphQLClient
from tests.factories import PressReleasePageFactory

from .sync_mirror import SYNC, Mirror

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def item(newsroom):
    page = PressReleasePageFactory(parent=newsroom, slug="militia-must-be-held-to-account")
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def test_the_initial_sync_lists_every_public_page_with_its_type(item, newsroom):
    mirror = Mirror(first=1)
    mirror.sync()
    assert len(mirror.received) == 2 and mirror.received[0]["hasMore"]
    items = [entry for page in mirror.received for entry in page["items"]]
    assert [(entry["__typename"], entry["urlPath"]) for entry in items] == [
        ("NewsroomIndexPage", "/newsroom/"),
        ("PressReleasePage", "/newsroom/militia-must-be-held-to-account/"),
    ]


def test_a_later_sync_returns_only_what_changed(item, newsroom):
    mirror = Mirror()
    mirror.sync()
    other = PressReleasePageFactory(parent=newsroom, slug="another", live=False)
    other.save_revision().publish()
    mirror.sync()
    assert [entry["id"] for entry in mirror.received[-1]["items"]] == [global_id("Page", other.pk)]


def test_nothing_changed_means_an_empty_page_and_the_same_position(item):
    mirror = Mirror()
    mirror.sync()
    token = mirror.token
    mirror.sync()
    assert mirror.received[-1] == {"items": [], "deleted": [], "nextToken": token, "hasMore": False}


def test_a_deleted_page_leaves_a_tombstone_with_its_last_path(item):
    mirror = Mirror()
    mirror.sync()
    item.delete()
    mirror.sync()
    assert mirror.received[-1]["deleted"] == [
        {
            "id": global_id("Page", item.pk),
            "locale": "en",
            "urlPath": "/newsroom/militia-must-be-held-to-account/",
        }
    ]
    assert global_id("Page", item.pk) not in mirror.pages


@pytest.mark.parametrize(
    ("variables", "code"),
    [
        ({"token": "not-a-token"}, "INVALID_SYNC_TOKEN"),
        ({"token": "eyJ2IjoxLCJjIjotNX0"}, "INVALID_SYNC_TOKEN"),  # {"v":1,"c":-5}
        ({"first": 0}, "BAD_USER_INPUT"),
        ({"first": 501}, "BAD_USER_INPUT"),
    ],
)
def test_bad_arguments_get_a_coded_error(item, variables, code):
    body = GraphQLClient().post(SYNC, variables).json()
    assert body["errors"][0]["extensions"]["code"] == code
