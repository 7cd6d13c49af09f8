"""The bench seeder writes valid Wagtail pages in bulk, as rich as the issue asks."""

import pytest
from wagtail.models import Page

from bench.seed import seed_newsroom
from newsroom_pages.pages import NewsItemPage


@pytest.fixture
def seeded(site_root):
    seed_newsroom(6)
    return list(NewsItemPage.objects.live().specific().order_by("pk"))


def test_seeded_items_are_live_pages_of_every_kind(seeded):
    assert len(seeded) == 6
    assert {item.kind for item in seeded} == {"PRESS_RELEASE", "REPORT", "CAMPAIGN_VICTORY"}


def test_bulk_inserted_pages_form_a_valid_tree(seeded):
    assert all(problems == [] for problems in Page.find_problems())
    assert seeded[0].get_parent().numchild == 6


def test_every_item_has_a_hero_image_topics_countries_and_related_items(seeded):
    for item in seeded:
        assert item.hero_image.credit
        assert item.topics.count() == 2
        assert item.countries.count() == 2
        assert item.related_item_links.count() >= 1


def test_every_body_has_ten_blocks_with_images_a_quote_and_related_content(seeded):
    for item in seeded:
        kinds = [block.block_type for block in item.body]
        assert len(kinds) == 10
        assert {"image", "quote", "related_content"} <= set(kinds)
        images = [block.value["image"] for block in item.body if block.block_type == "image"]
        assert all(image.credit for image in images)


def test_seeding_grows_the_newsroom_without_touching_existing_items(seeded):
    assert seed_newsroom(9) == 3
    assert NewsItemPage.objects.count() == 9
    assert set(NewsItemPage.objects.values_list("pk", flat=True)) >= {i.pk for i in seeded}


def test_seeding_to_a_size_already_reached_adds_nothing(seeded):
    assert seed_newsroom(4) == 0
    assert NewsItemPage.objects.count() == 6
