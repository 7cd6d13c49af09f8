import pytest
from django.urls import reverse

from newsroom_pages.pages import (
    CampaignVictoryPage,
    NewsItemPage,
    NewsroomIndexPage,
    PressReleasePage,
    ReportPage,
)
from tests.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

ITEM_TYPES = [PressReleasePage, ReportPage, CampaignVictoryPage]


@pytest.mark.parametrize("item_type", ITEM_TYPES)
def test_news_items_can_be_created_under_the_newsroom_index(newsroom, item_type):
    assert item_type.can_create_at(newsroom)


@pytest.mark.parametrize("item_type", ITEM_TYPES)
def test_news_items_cannot_be_created_outside_the_newsroom_index(site_root, newsroom, item_type):
    assert not item_type.can_create_at(site_root)


def test_a_newsroom_index_cannot_hold_another_index(newsroom):
    assert not NewsroomIndexPage.can_create_at(newsroom)


def test_news_items_have_no_children(newsroom):
    item = PressReleasePageFactory(parent=newsroom)
    assert not any(page_type.can_create_at(item) for page_type in [*ITEM_TYPES, NewsroomIndexPage])


def test_the_shared_news_item_base_is_not_offered_to_editors(newsroom):
    assert not NewsItemPage.can_create_at(newsroom)


def test_the_admin_refuses_a_press_release_outside_the_newsroom(admin_client, site_root):
    url = reverse(
        "wagtailadmin_pages:add", args=["newsroom_pages", "pressreleasepage", site_root.pk]
    )
    response = admin_client.post(url, {"title": "Misplaced", "slug": "misplaced"})
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert not PressReleasePage.objects.exists()
