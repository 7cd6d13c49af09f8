"""What a frontend gets from the demo newsroom that `make run` loads."""

import pytest
from django.core.management import call_command

from newsroom_pages.demo.content import ITEMS

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def demo(db):
    call_command("load_demo_newsroom", verbosity=0)


def test_the_listing_returns_every_seed_item_newest_first_with_credited_renditions(graphql, demo):
    edges = graphql.operation("NewsListing", {"first": 100})["newsItems"]["edges"]
    nodes = [edge["node"] for edge in edges]
    expected = sorted(ITEMS, key=lambda item: item.published, reverse=True)
    assert [(n["title"], n["publicationDate"], n["kind"]) for n in nodes] == [
        (item.title, item.published.isoformat(), item.kind) for item in expected
    ]
    for node, item in zip(nodes, expected, strict=True):
        if item.photo:
            card = node["heroImage"]["card"]
            assert node["heroImage"]["credit"] == item.photo.credit
            assert (card["width"], card["height"]) == (800, 450)
            assert card["url"].endswith(".webp")
        else:
            assert node["heroImage"] is None


def test_the_article_returns_a_seed_report_with_its_typed_body(graphql, demo):
    page = graphql.operation(
        "Article", {"urlPath": "/newsroom/refugees-migrants-libya-cycle-of-abuses/"}
    )["page"]
    assert page["__typename"] == "ReportPage"
    assert page["indexNumber"] == "MDE 19/3084/2020"
    assert [block["__typename"] for block in page["body"]] == [
        "ParagraphBlock",
        "ImageBlock",
        "HeadingBlock",
        "ParagraphBlock",
    ]
    assert (
        page["body"][1]["credit"] == "MAHMUD TURKIA/AFP via Getty Images"
    )  # as the seed listing has it
    assert (
        page["heroImage"]["credit"] == "MAHMUD TURKIA/AFP via Getty Images"
    )  # as the seed listing has it
