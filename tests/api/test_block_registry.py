"""Every body block is declared once in the API's block registry, and the registry is the only
way a stored block reaches a response."""

import json

import pytest
from django.db import connection

from cms.api.pages.blocks import BLOCKS
from newsroom_pages.blocks import NewsBodyBlock
from newsroom_pages.pages import NewsItemPage
from tests.factories import PressReleasePageFactory


def test_the_registry_declares_exactly_the_blocks_editors_can_add():
    assert set(BLOCKS) == set(NewsBodyBlock().child_blocks)


def test_every_registered_block_has_an_api_type_implementing_stream_block():
    for name, spec in BLOCKS.items():
        interfaces = {interface.__name__ for interface in spec.type._meta.interfaces}
        assert interfaces == {"Node", "StreamBlock"}, name


@pytest.mark.django_db
def test_a_stored_block_the_registry_does_not_know_is_left_out_of_the_api(newsroom, graphql):
    page = PressReleasePageFactory(
        parent=newsroom, slug="stale", body=[("heading", {"text": "Kept"})]
    )
    stale = [*page.body.raw_data, {"type": "related", "value": {"items": [page.pk]}, "id": "x"}]
    table = NewsItemPage._meta.db_table
    with connection.cursor() as cursor:  # as a removed block's data stays in the database
        cursor.execute(
            f"UPDATE {table} SET body = %s WHERE page_ptr_id = %s",  # noqa: S608
            [json.dumps(stale), page.pk],
        )
        cursor.execute(f"SELECT body FROM {table} WHERE page_ptr_id = %s", [page.pk])  # noqa: S608
        stored = json.loads(cursor.fetchone()[0])
    assert [block["type"] for block in stored] == ["heading", "related"]
    data = graphql.query(
        '{ page(urlPath: "/newsroom/stale/") { ... on NewsItem { body { blockType } } } }'
    )
    assert data["page"]["body"] == [{"blockType": "heading"}]
