"""Relay's Global Object Identification: every object with an identity has a global `id`,
`node(id:)` and `nodes(ids:)` refetch it through the one visibility rule, and an id this API
never issued is a coded client error, never a server error. The response cache is on, as in
production: a cached answer must never carry what the rule hides."""

import base64

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, CollectionViewRestriction, Locale

from cms.api.core.identity import global_id
from tests.factories import (
    CountryFactory,
    DocumentFactory,
    ImageFactory,
    PressContactFactory,
    PressReleasePageFactory,
    ReportPageFactory,
    TopicFactory,
)

from .test_privacy import HIDE

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

NODE = "query($id: ID!) { node(id: $id) { __typename id } }"
NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"
EVERY_KIND = """query($urlPath: String!) {
  locales { __typename id }
  page(urlPath: $urlPath) {
    __typename id
    translations { __typename id }
    ... on NewsItem {
      heroImage { __typename id }
      topics { __typename id }
      countries { __typename id }
      pressContact { __typename id }
      body { __typename id }
    }
    ... on ReportPage { reportDocument { __typename id } }
  }
  redirects { nodes { __typename id } }
}"""


@pytest.fixture(autouse=True)
def response_cache_on(settings):
    settings.NEWSROOM_API_CACHE_ENABLED = True


@pytest.fixture
def report(newsroom):
    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    report = ReportPageFactory(
        parent=newsroom,
        slug="report",
        hero_image=ImageFactory(),
        report_document=DocumentFactory(),
        press_contact=PressContactFactory(),
        body=[("paragraph", "<p>Findings.</p>"), ("quote", {"text": "Free them."})],
    )
    report.topics.add(TopicFactory())
    report.countries.add(CountryFactory())
    report.save()
    report.copy_for_translation(arabic, copy_parents=True).save_revision().publish()
    Redirect.objects.create(old_path="/newsroom/old-report", redirect_page=report)
    return report


def objects_with_ids(data) -> list[dict]:
    """Every object of a response that carries an `id`, in document order."""
    found = []
    if isinstance(data, dict):
        if "id" in data:
            found.append({"__typename": data["__typename"], "id": data["id"]})
        for value in data.values():
            found += objects_with_ids(value)
    elif isinstance(data, list):
        for value in data:
            found += objects_with_ids(value)
    return found


def test_node_refetches_every_kind_of_object_by_the_id_it_was_given(graphql, report):
    shown = objects_with_ids(graphql.query(EVERY_KIND, {"urlPath": "/newsroom/report/"}))
    kinds = {item["__typename"] for item in shown}
    assert kinds >= {"ReportPage", "Translation", "Image", "Topic", "Country", "PressContact"}
    assert kinds >= {"ParagraphBlock", "QuoteBlock", "Document", "Locale", "Redirect"}
    for item in shown:
        assert graphql.query(NODE, {"id": item["id"]})["node"] == item


def test_ids_are_unique_across_types_although_database_keys_repeat(graphql, report):
    shown = objects_with_ids(graphql.query(EVERY_KIND, {"urlPath": "/newsroom/report/"}))
    by_id = {}
    for item in shown:
        assert by_id.setdefault(item["id"], item["__typename"]) == item["__typename"], item


def test_nodes_answers_in_the_order_asked_with_null_for_what_does_not_exist(graphql, report):
    page, image = global_id("Page", report.pk), global_id("Image", report.hero_image_id)
    missing = global_id("Page", 987654)
    data = graphql.query(NODES, {"ids": [image, missing, page, image]})
    assert [node and node["__typename"] for node in data["nodes"]] == [
        "Image",
        None,
        "ReportPage",
        "Image",
    ]


@pytest.mark.parametrize("hide", HIDE.values(), ids=list(HIDE))
def test_a_hidden_page_its_blocks_and_its_translation_link_are_null_by_id(graphql, report, hide):
    block = global_id("StreamBlock", f"{report.pk}:{report.body[0].id}")
    ids = [global_id("Page", report.pk), block, global_id("Translation", report.pk)]
    hide(report)
    assert graphql.query(NODES, {"ids": ids})["nodes"] == [None, None, None]


def test_media_in_a_private_collection_is_null_by_id(graphql, report):
    private = Collection.get_first_root_node().add_child(name="Legal")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Lawyers"))
    image, document = ImageFactory(collection=private), DocumentFactory(collection=private)
    ids = [global_id("Image", image.pk), global_id("Document", document.pk)]
    assert graphql.query(NODES, {"ids": ids})["nodes"] == [None, None]


def test_a_press_contact_only_a_draft_shows_is_null_by_id(graphql, newsroom):
    contact = PressContactFactory()
    PressReleasePageFactory(parent=newsroom, press_contact=contact, live=False)
    assert graphql.query(NODE, {"id": global_id("PressContact", contact.pk)})["node"] is None


def test_a_redirect_to_a_hidden_page_is_null_by_id(graphql, newsroom):
    draft = PressReleasePageFactory(parent=newsroom, live=False)
    redirect = Redirect.objects.create(old_path="/newsroom/gone", redirect_page=draft)
    assert graphql.query(NODE, {"id": global_id("Redirect", redirect.pk)})["node"] is None


def test_a_preview_token_opens_its_draft_by_id_and_only_that_one(graphql, newsroom, report):
    draft = PressReleasePageFactory(parent=newsroom, title="Draft", live=False)
    token = draft.create_page_preview().token
    query = (
        "query($id: ID!, $t: String) { node(id: $id, previewToken: $t) { ... on Page { title } } }"
    )
    response = graphql.post(query, {"id": global_id("Page", draft.pk), "t": token})
    assert response.json()["data"]["node"] == {"title": "Draft"}
    assert response["Cache-Control"].startswith("private")
    other = graphql.post(query, {"id": global_id("Page", report.pk), "t": token}).json()
    assert other["errors"][0]["extensions"]["code"] == "PREVIEW_TOKEN_INVALID"
    assert graphql.query(NODE, {"id": global_id("Page", draft.pk)})["node"] is None


def encoded(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


MALFORMED = {
    "empty": "",
    "not base64": "%%%",
    "bare number": "42",
    "unknown kind": encoded("Journalist:1"),
    "no key": encoded("Page:"),
    "not a number": encoded("Page:abc"),
    "negative": encoded("Page:-1"),
    "beyond any column": encoded(f"Page:{2**70}"),
    "padded differently": encoded("Page:1") + "==",
    "not utf-8": base64.urlsafe_b64encode(b"\xff\xfe:1").decode(),
    "huge": "A" * 100_000,
}


@pytest.mark.parametrize("value", MALFORMED.values(), ids=list(MALFORMED))
def test_an_id_this_api_never_issued_is_a_coded_client_error(graphql, value):
    response = graphql.post(NODE, {"id": value})
    assert response.status_code in (200, 400, 413)
    body = response.json()
    codes = {error["extensions"]["code"] for error in body["errors"]}
    assert codes <= {"BAD_USER_INPUT", "REQUEST_TOO_LARGE"}, body
    assert body.get("data") in (None, {"node": None})


def test_one_malformed_id_nulls_its_own_entry_only(graphql, report):
    response = graphql.post(NODES, {"ids": [global_id("Page", report.pk), "%%%"]}).json()
    assert response["data"]["nodes"][0]["__typename"] == "ReportPage"
    assert response["data"]["nodes"][1] is None
    (error,) = response["errors"]
    assert (error["path"], error["extensions"]["code"]) == (["nodes", 1], "BAD_USER_INPUT")


def test_more_than_a_hundred_ids_are_refused_with_a_code(graphql):
    response = graphql.post(NODES, {"ids": [global_id("Page", n) for n in range(1, 102)]})
    assert response.json()["errors"][0]["extensions"]["code"] in {
        "BAD_USER_INPUT",
        "QUERY_TOO_COMPLEX",
    }


def test_nodes_costs_the_same_queries_for_two_ids_or_twenty(
    graphql, newsroom, django_assert_num_queries, settings
):
    settings.NEWSROOM_API_CACHE_ENABLED = False
    items = [PressReleasePageFactory(parent=newsroom, hero_image=ImageFactory()) for _ in range(20)]
    query = """query($ids: [ID!]!) { nodes(ids: $ids) { id ... on NewsItem { title
      heroImage { id credit } topics { id name } } ... on Image { credit } } }"""

    def ids(n):
        pages = [global_id("Page", item.pk) for item in items[:n]]
        return pages + [global_id("Image", item.hero_image_id) for item in items[:n]]

    graphql.query(query, {"ids": ids(2)})
    with django_assert_num_queries(3) as two:
        graphql.query(query, {"ids": ids(2)})
    with django_assert_num_queries(len(two.captured_queries)):
        graphql.query(query, {"ids": ids(20)})


def test_nodes_costs_as_many_objects_as_it_names(graphql, settings):
    """Each id is an object the cost limit counts: a hundred heavy nodes are refused before
    anything runs, a hundred light ones are not."""
    heavy = """query($ids: [ID!]!) { nodes(ids: $ids) { ... on NewsItem {
      heroImage { id srcSet(widths: [480, 800]) }
      relatedItems { id heroImage { id srcSet(widths: [480]) } } } } }"""
    ids = [global_id("Page", n) for n in range(1, 101)]
    refused = graphql.post(heavy, {"ids": ids})
    assert refused.status_code == 400
    assert refused.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert graphql.post(heavy, {"ids": ids[:2]}).status_code == 200
    assert graphql.post(NODES, {"ids": ids}).status_code == 200
