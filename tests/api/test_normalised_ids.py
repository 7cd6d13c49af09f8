"""Ids a normalised client cache (Apollo's InMemoryCache, urql's Graphcache) can trust: the same
`__typename:id` never stands for two different contents, whatever the locale."""

import pytest
from wagtail.models import Locale

from cms.api.core.identity import global_id
from tests.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

BODY = """query($urlPath: String!) {
  page(urlPath: $urlPath) { id ... on NewsItem { body { __typename id ... on ParagraphBlock { html } } } }
}"""


@pytest.fixture
def article_and_translation(newsroom):
    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    english = PressReleasePageFactory(
        parent=newsroom,
        slug="killing",
        body=[("paragraph", "<p>A video shows a killing.</p>"), ("paragraph", "<p>More.</p>")],
    )
    arabic_page = english.copy_for_translation(arabic, copy_parents=True)
    arabic_page.save_revision().publish()
    return english, arabic_page


def body_of(graphql, path: str) -> list[dict]:
    return graphql.query(BODY, {"urlPath": path})["page"]["body"]


def test_a_translation_reuses_the_block_uuids_of_its_source(article_and_translation):
    english, arabic = article_and_translation
    assert [b.id for b in arabic.body] == [b.id for b in english.body]


def test_body_block_ids_differ_between_a_page_and_its_translation(graphql, article_and_translation):
    english = {block["id"] for block in body_of(graphql, "/newsroom/killing/")}
    arabic = {block["id"] for block in body_of(graphql, "/ar/newsroom/killing/")}
    assert len(english) == 2
    assert english.isdisjoint(arabic)


def test_a_body_block_id_is_global_for_its_page_and_its_uuid(graphql, article_and_translation):
    english, _ = article_and_translation
    ids = [block["id"] for block in body_of(graphql, "/newsroom/killing/")]
    assert ids == [global_id("StreamBlock", f"{english.pk}:{block.id}") for block in english.body]


def test_body_block_ids_are_stable_between_requests(graphql, article_and_translation):
    assert body_of(graphql, "/newsroom/killing/") == body_of(graphql, "/newsroom/killing/")
