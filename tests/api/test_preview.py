"""`page(previewToken:)`: the only way a draft leaves the CMS, for one page and one hour."""

import datetime

import pytest
import time_machine

from tests.factories import ImageFactory, PressReleasePageFactory, TopicFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

PREVIEW = """query($token: String!, $id: ID) {
  page(previewToken: $token, id: $id) {
    title
    ... on NewsItem { summary topics { slug } heroImage { credit } body { blockType } }
  }
}"""


@pytest.fixture
def draft(newsroom):
    page = PressReleasePageFactory(parent=newsroom, title="Embargoed release", live=False)
    page.summary = "Not yet public."
    page.topics = [TopicFactory(slug="arms-control")]
    page.hero_image = ImageFactory()
    page.body = [("paragraph", "<p>Draft text.</p>")]
    return page


def test_a_valid_token_shows_the_draft_with_its_unsaved_relations(graphql, draft):
    token = draft.create_page_preview().token
    data = graphql.query(PREVIEW, {"token": token})
    assert data["page"] == {
        "title": "Embargoed release",
        "summary": "Not yet public.",
        "topics": [{"slug": "arms-control"}],
        "heroImage": {"credit": "Photo by MAHMUD TURKIA/AFP via Getty Images"},
        "body": [{"blockType": "paragraph"}],
    }


def test_the_draft_stays_out_of_the_public_listing(graphql, draft):
    draft.create_page_preview()
    assert graphql.query("{ newsItems { totalCount } }")["newsItems"]["totalCount"] == 0


def test_an_expired_token_is_an_error_not_the_draft(graphql, draft):
    start = datetime.datetime(2026, 6, 1, 9, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        token = draft.create_page_preview().token
    with time_machine.travel(start + datetime.timedelta(seconds=3601), tick=False):
        body = graphql.post(PREVIEW, {"token": token}).json()
    assert body["data"]["page"] is None
    assert body["errors"][0]["message"] == "The preview token has expired; preview again."
    assert body["errors"][0]["extensions"]["code"] == "PREVIEW_TOKEN_EXPIRED"


def test_a_token_does_not_open_another_page(graphql, draft, newsroom):
    other = PressReleasePageFactory(parent=newsroom)
    token = draft.create_page_preview().token
    body = graphql.post(PREVIEW, {"token": token, "id": other.pk}).json()
    assert body["data"]["page"] is None
    assert body["errors"][0]["message"] == "The preview token belongs to another page."


def test_preview_responses_are_private_and_not_indexed(graphql, draft):
    response = graphql.post(PREVIEW, {"token": draft.create_page_preview().token})
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
