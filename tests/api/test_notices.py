"""`NewsItem.notices`: corrections, clarifications, updates and editor's notes, newest first,
each with its kind, its date and its text as reader-safe HTML."""

import datetime

import pytest

from tests.factories import PressReleasePageFactory, notice

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

NOTICES = """query($path: String!) { page(urlPath: $path) {
  ... on NewsItem { notices { kind publishedAt text } } } }"""
MAY = datetime.datetime(2026, 5, 4, 9, 30, tzinfo=datetime.UTC)


def notices_at(graphql, path: str) -> list[dict]:
    return graphql.query(NOTICES, {"path": path})["page"]["notices"]


def test_notices_come_newest_first_with_their_kind_and_date(graphql, newsroom):
    PressReleasePageFactory(
        parent=newsroom,
        slug="corrected",
        notices=[
            notice("update", MAY, "<p>Two more detainees were released.</p>"),
            notice("correction", MAY + datetime.timedelta(days=2), "<p>The date was wrong.</p>"),
            notice("editors_note", MAY - datetime.timedelta(days=1), "<p>Names withheld.</p>"),
            notice("clarification", MAY + datetime.timedelta(hours=1), "<p>In Tripoli.</p>"),
        ],
    )
    assert notices_at(graphql, "/newsroom/corrected/") == [
        {
            "kind": "CORRECTION",
            "publishedAt": "2026-05-06T09:30:00+00:00",
            "text": "<p>The date was wrong.</p>",
        },
        {
            "kind": "CLARIFICATION",
            "publishedAt": "2026-05-04T10:30:00+00:00",
            "text": "<p>In Tripoli.</p>",
        },
        {
            "kind": "UPDATE",
            "publishedAt": "2026-05-04T09:30:00+00:00",
            "text": "<p>Two more detainees were released.</p>",
        },
        {
            "kind": "EDITORS_NOTE",
            "publishedAt": "2026-05-03T09:30:00+00:00",
            "text": "<p>Names withheld.</p>",
        },
    ]


def test_an_item_without_notices_has_an_empty_list(graphql, newsroom):
    PressReleasePageFactory(parent=newsroom, slug="plain")
    assert notices_at(graphql, "/newsroom/plain/") == []


def test_a_notice_links_to_public_pages_by_frontend_path_and_not_to_drafts(graphql, newsroom):
    target = PressReleasePageFactory(parent=newsroom, slug="target")
    draft = PressReleasePageFactory(parent=newsroom, slug="draft", live=False)
    text = (
        f'<p>See <a linktype="page" id="{target.pk}">the follow-up</a> and '
        f'<a linktype="page" id="{draft.pk}">the draft</a>.</p>'
    )
    PressReleasePageFactory(parent=newsroom, slug="linked", notices=[notice("update", MAY, text)])
    (shown,) = notices_at(graphql, "/newsroom/linked/")
    assert shown["text"] == (
        '<p>See <a href="/newsroom/target/">the follow-up</a> and the draft.</p>'
    )


def test_markup_a_notice_may_not_hold_never_reaches_the_client(graphql, newsroom):
    text = '<p onclick="x()">Fixed <script>alert(1)</script><a href="javascript:x()">here</a></p>'
    PressReleasePageFactory(parent=newsroom, slug="hostile", notices=[notice("update", MAY, text)])
    (shown,) = notices_at(graphql, "/newsroom/hostile/")
    assert shown["text"] == "<p>Fixed <a>here</a></p>"


def test_listings_carry_each_items_notices(graphql, newsroom):
    for n in range(3):
        PressReleasePageFactory(
            parent=newsroom,
            title=f"Item {n}",
            notices=[notice("correction", MAY, f"<p>Correction {n}.</p>")] if n != 1 else [],
        )
    listing = graphql.query(
        "{ newsItems(first: 10) { edges { node { title notices { text } } } } }"
    )
    shown = {
        edge["node"]["title"]: [n["text"] for n in edge["node"]["notices"]]
        for edge in listing["newsItems"]["edges"]
    }
    assert shown == {
        "Item 0": ["<p>Correction 0.</p>"],
        "Item 1": [],
        "Item 2": ["<p>Correction 2.</p>"],
    }
