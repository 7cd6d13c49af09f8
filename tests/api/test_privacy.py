"""Only live, public, unexpired pages ever leave the CMS, whichever path they would take."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from newsroom_pages.pages import RelatedNewsItem
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    PressReleasePageFactory,
    ReportPageFactory,
    restricted_collection,
)

from .conftest import listing_titles

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture(autouse=True)
def response_cache_on(settings):
    """As in production: a cached answer must never carry what the privacy rule hides."""
    settings.NEWSROOM_API_CACHE_ENABLED = True


SECRET = "Hidden item"


def make_draft(page):
    page.live = False
    page.has_unpublished_changes = True
    page.save()


def unpublish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    page.unpublish()


def expire(page):
    page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save()


def restrict(restriction_type):
    def apply(page):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=restriction_type, password="s3cret"
        )
        if restriction_type == PageViewRestriction.GROUPS:
            restriction.groups.add(Group.objects.create(name="Staff only"))

    return apply


HIDE = {
    "draft": make_draft,
    "unpublished": unpublish,
    "expired": expire,
    "password": restrict(PageViewRestriction.PASSWORD),
    "login": restrict(PageViewRestriction.LOGIN),
    "groups": restrict(PageViewRestriction.GROUPS),
}


@pytest.fixture(params=HIDE)
def hide(request):
    return HIDE[request.param]


@pytest.fixture
def hidden_item(newsroom, hide):
    item = PressReleasePageFactory(parent=newsroom, title=SECRET, slug="hidden-item")
    hide(item)
    return item


@pytest.fixture
def visible_item(newsroom):
    return PressReleasePageFactory(parent=newsroom, title="Public item", slug="public-item")


def test_hidden_pages_never_appear_in_news_items(graphql, visible_item, hidden_item):
    data = graphql.query("{ newsItems { totalCount edges { node { title } } } }")
    assert listing_titles(data) == ["Public item"]
    assert data["newsItems"]["totalCount"] == 1


def test_hidden_pages_cannot_be_fetched_by_url_path(graphql, hidden_item):
    data = graphql.query('{ page(urlPath: "/newsroom/hidden-item/") { title } }')
    assert data["page"] is None


def test_hidden_pages_cannot_be_fetched_by_id(graphql, hidden_item):
    data = graphql.query("query($id: ID!) { page(id: $id) { title } }", {"id": hidden_item.pk})
    assert data["page"] is None


def test_hidden_pages_never_appear_in_search_results(graphql, visible_item, hidden_item):
    data = graphql.query('{ newsItems(search: "item") { totalCount edges { node { title } } } }')
    assert listing_titles(data) == ["Public item"]
    assert data["newsItems"]["totalCount"] == 1


def test_hidden_pages_never_appear_as_related_items(graphql, newsroom, hidden_item, visible_item):
    item = PressReleasePageFactory(parent=newsroom, slug="with-links")
    RelatedNewsItem.objects.create(page=item, item=hidden_item, sort_order=0)
    RelatedNewsItem.objects.create(page=item, item=visible_item, sort_order=1)
    data = graphql.query(
        '{ page(urlPath: "/newsroom/with-links/") { ... on NewsItem { relatedItems { title } } } }'
    )
    assert data["page"]["relatedItems"] == [{"title": "Public item"}]


def test_hidden_pages_never_appear_in_related_content_blocks(
    graphql, newsroom, hidden_item, visible_item
):
    body = [("related_content", {"heading": "More", "items": [hidden_item, visible_item]})]
    PressReleasePageFactory(parent=newsroom, slug="with-block", body=body)
    data = graphql.query(
        '{ page(urlPath: "/newsroom/with-block/") { ... on NewsItem { body {'
        " ... on RelatedContentBlock { items { title } } } } } }"
    )
    assert data["page"]["body"] == [{"items": [{"title": "Public item"}]}]


def test_hidden_pages_stay_out_when_related_items_and_related_content_load_together(
    graphql, newsroom, hidden_item, visible_item
):
    other = PressReleasePageFactory(parent=newsroom, slug="other", title="Other item")
    body = [("related_content", {"heading": "More", "items": [hidden_item, other]})]
    item = PressReleasePageFactory(parent=newsroom, slug="with-both", body=body)
    RelatedNewsItem.objects.create(page=item, item=hidden_item, sort_order=0)
    RelatedNewsItem.objects.create(page=item, item=visible_item, sort_order=1)
    data = graphql.query(
        '{ page(urlPath: "/newsroom/with-both/") { ... on NewsItem { relatedItems { title }'
        " body { ... on RelatedContentBlock { items { title } } } } } }"
    )
    assert data["page"]["relatedItems"] == [{"title": "Public item"}]
    assert data["page"]["body"] == [{"items": [{"title": "Other item"}]}]


def test_a_call_to_action_to_a_hidden_page_is_left_out(graphql, newsroom, hidden_item):
    body = [
        ("call_to_action", {"text": "Read the secret", "page": hidden_item}),
        ("call_to_action", {"text": "Donate", "url": "https://example.org/donate"}),
    ]
    PressReleasePageFactory(parent=newsroom, slug="with-cta", body=body)
    data = graphql.query(
        '{ page(urlPath: "/newsroom/with-cta/") { ... on NewsItem { body {'
        " ... on CallToActionBlock { text url } } } } }"
    )
    assert data["page"]["body"] == [{"text": "Donate", "url": "https://example.org/donate"}]


def test_rich_text_links_to_hidden_pages_render_as_plain_text(graphql, newsroom, hidden_item):
    html = f'<p>See <a linktype="page" id="{hidden_item.pk}">the secret</a>.</p>'
    PressReleasePageFactory(parent=newsroom, slug="with-link", body=[("paragraph", html)])
    data = graphql.query(
        '{ page(urlPath: "/newsroom/with-link/") { ... on NewsItem { body {'
        " ... on ParagraphBlock { html } } } } }"
    )
    assert data["page"]["body"] == [{"html": "<p>See the secret.</p>"}]


def test_hidden_translations_never_appear_in_translations(graphql, visible_item, hide):
    french, _ = Locale.objects.get_or_create(language_code="fr")
    translation = visible_item.copy_for_translation(french, copy_parents=True)
    translation.save_revision().publish()
    hide(translation)
    data = graphql.query(
        "query($id: ID!) { page(id: $id) { translations { locale } } }", {"id": visible_item.pk}
    )
    assert data["page"]["translations"] == []


def test_a_restriction_on_the_newsroom_hides_every_item_below_it(graphql, newsroom, visible_item):
    PageViewRestriction.objects.create(page=newsroom, restriction_type=PageViewRestriction.LOGIN)
    data = graphql.query("{ newsItems { totalCount } }")
    assert data["newsItems"]["totalCount"] == 0


def test_untranslated_aliases_never_appear_in_news_items(graphql, visible_item):
    visible_item.create_alias(update_slug="public-item-alias")
    data = graphql.query("{ newsItems { edges { node { urlPath } } } }")
    assert [edge["node"]["urlPath"] for edge in data["newsItems"]["edges"]] == [
        "/newsroom/public-item/"
    ]


@pytest.fixture
def private_collection():
    return restricted_collection("Embargoed material")


def test_images_in_private_collections_never_appear(graphql, newsroom, private_collection):
    image = ImageFactory(collection=private_collection)
    body = [("image", {"image": image, "caption": "Secret"})]
    PressReleasePageFactory(parent=newsroom, slug="private-photo", hero_image=image, body=body)
    data = graphql.query(
        '{ page(urlPath: "/newsroom/private-photo/") { ... on NewsItem {'
        " heroImage { id } body { blockType } } } }"
    )
    assert data["page"] == {"heroImage": None, "body": []}


def test_documents_in_private_collections_never_appear(graphql, newsroom, private_collection):
    document = DocumentFactory(collection=private_collection)
    link = f'<p><a linktype="document" id="{document.pk}">Read the draft</a></p>'
    body = [("document", {"document": document, "label": ""}), ("paragraph", link)]
    ReportPageFactory(parent=newsroom, slug="private-pdf", report_document=document, body=body)
    data = graphql.query(
        '{ page(urlPath: "/newsroom/private-pdf/") { ... on ReportPage {'
        " reportDocument { url } body { blockType ... on ParagraphBlock { html } } } } }"
    )
    assert data["page"] == {
        "reportDocument": None,
        "body": [{"blockType": "paragraph", "html": "<p>Read the draft</p>"}],
    }


def test_media_below_a_private_collection_is_private_too(graphql, newsroom, private_collection):
    child = private_collection.add_child(name="Drafts")
    document = DocumentFactory(collection=child)
    ReportPageFactory(
        parent=newsroom,
        slug="nested-private",
        report_document=document,
        hero_image=ImageFactory(collection=child),
    )
    data = graphql.query(
        '{ page(urlPath: "/newsroom/nested-private/") { ... on ReportPage {'
        " heroImage { id } reportDocument { url } } } }"
    )
    assert data["page"] == {"heroImage": None, "reportDocument": None}


def test_a_public_document_is_linked_through_the_permission_checked_serve_view(graphql, newsroom):
    document = DocumentFactory()
    ReportPageFactory(parent=newsroom, slug="public-pdf", report_document=document)
    data = graphql.query(
        '{ page(urlPath: "/newsroom/public-pdf/") { ... on ReportPage { reportDocument { url } } } }'
    )
    assert data["page"]["reportDocument"]["url"] == (
        f"http://testserver/documents/{document.pk}/{document.filename}"
    )


def test_a_draft_is_never_returned_for_an_invalid_preview_token(graphql, newsroom):
    PressReleasePageFactory(parent=newsroom, slug="draft", live=False)
    response = graphql.post(
        '{ page(urlPath: "/newsroom/draft/", previewToken: "forged") { title } }'
    )
    body = response.json()
    assert body["data"]["page"] is None
    assert body["errors"][0]["message"] == "The preview token is not valid."
    assert body["errors"][0]["extensions"]["code"] == "PREVIEW_TOKEN_INVALID"
