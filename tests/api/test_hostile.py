"""Hostile clients, with the response cache on as in production: refusals before any work,
a cache that cannot be poisoned or outlive a privacy change, coded errors for bad input, and
site boundaries. Each test names the case of the issue it covers."""

import json
import time

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from bench.refusals import fragment_bomb
from cms.api.http.cache.keys import CACHE_HEADER
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    NewsroomIndexPageFactory,
    PressReleasePageFactory,
    ReportPageFactory,
)

pytestmark = pytest.mark.django_db

REFUSAL_SECONDS = 0.5
LISTING = "{ newsItems { totalCount edges { node { title } } } }"


@pytest.fixture(autouse=True)
def response_cache_on(settings):
    """As in production; and one request first, since the first one imports and connects."""
    settings.NEWSROOM_API_CACHE_ENABLED = True
    cache.clear()
    Client().get("/graphql/", {"query": "{ __typename }"})


def timed(send):
    started = time.perf_counter()
    response = send()
    return response, time.perf_counter() - started


def codes(response) -> list[str]:
    return [error["extensions"]["code"] for error in response.json()["errors"]]


# 1. Fragment bomb


def test_case_1_a_fragment_bomb_of_60_levels_is_refused_in_milliseconds_without_sql(
    graphql, django_assert_num_queries
):
    query = fragment_bomb(60)
    with django_assert_num_queries(0):
        response, seconds = timed(lambda: graphql.post(query))
    assert response.status_code == 400
    assert codes(response) == ["QUERY_TOO_COMPLEX"]
    assert seconds < REFUSAL_SECONDS


def test_case_1_a_fragment_bomb_of_free_fields_executes_in_linear_time(graphql):
    response, seconds = timed(lambda: graphql.post(fragment_bomb(60, leaf="__typename")))
    assert response.json() == {"data": {"__typename": "Query"}}
    assert seconds < REFUSAL_SECONDS


# 2. Work before limits


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(json.dumps({"query": "{ locales { code } }" + " " * 200_000}), id="200KB"),
        pytest.param("[" * 100_000 + "]" * 100_000, id="100KB-nested-json"),
        pytest.param(json.dumps({"query": "{ locales { code " * 20_000 + "} }"}), id="tokens"),
    ],
)
def test_case_2_an_oversize_body_is_refused_before_it_is_read(
    graphql, django_assert_num_queries, body
):
    with django_assert_num_queries(0):
        response, seconds = timed(
            lambda: graphql.client.post("/graphql/", body, content_type="application/json")
        )
    assert response.status_code == 413
    assert codes(response) == ["REQUEST_TOO_LARGE"]
    assert seconds < REFUSAL_SECONDS


def test_case_2_an_oversize_query_string_is_refused(graphql):
    response, seconds = timed(
        lambda: graphql.client.get("/graphql/", {"query": "{ locales { code } }" + " " * 100_000})
    )
    assert response.status_code == 413
    assert seconds < REFUSAL_SECONDS


def test_case_2_json_nested_5000_deep_is_a_bad_request_not_a_server_error(graphql):
    body = '{"query": "{ locales { code } }", "variables": ' + "[" * 5000 + "]" * 5000 + "}"
    response = graphql.client.post("/graphql/", body, content_type="application/json")
    assert response.status_code == 400
    assert codes(response) == ["BAD_REQUEST"]


# 3. Cache poisoning


@pytest.fixture
def draft(newsroom):
    published = PressReleasePageFactory(parent=newsroom, slug="story", title="Public title")
    published.title = "Draft title"
    published.save_revision()
    return published


def test_case_3_a_query_in_both_the_url_and_the_body_is_refused(graphql, draft):
    response = graphql.client.post(
        "/graphql/?query=" + "{ topics { name } }",
        json.dumps({"query": LISTING}),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert codes(response) == ["BAD_REQUEST"]
    assert graphql.post(LISTING)[CACHE_HEADER] == "miss"


def test_case_3_a_preview_token_in_the_url_never_reaches_a_public_cache_key(graphql, draft):
    from wagtail_headless_preview.models import PagePreview

    preview = PagePreview.objects.create(
        token=draft.get_preview_signer().sign(f"id={draft.pk}"),
        content_type=draft.content_type,
        content_json=draft.get_latest_revision().content,
    )
    query = '{ page(urlPath: "/newsroom/story/") { title } }'
    private = 'query($t: String) { page(urlPath: "/newsroom/story/", previewToken: $t) { title } }'
    attempt = graphql.client.post(
        "/graphql/?variables=" + json.dumps({"t": preview.token}),
        json.dumps({"query": private}),
        content_type="application/json",
    )
    assert CACHE_HEADER not in attempt
    public = graphql.post(query)
    assert public.json()["data"]["page"]["title"] == "Public title"


# 4. Privacy changes invalidate the cache


@pytest.fixture
def story(newsroom):
    return PressReleasePageFactory(parent=newsroom, slug="story", title="Story")


@pytest.mark.parametrize(
    "restriction",
    [
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "s3cret"},
        {"restriction_type": PageViewRestriction.LOGIN},
        {"restriction_type": PageViewRestriction.GROUPS},
    ],
    ids=["password", "login", "groups"],
)
def test_case_4_a_view_restriction_added_to_a_live_page_hides_it_on_the_next_request(
    graphql, story, restriction
):
    assert graphql.post(LISTING).json()["data"]["newsItems"]["totalCount"] == 1
    PageViewRestriction.objects.create(page=Page.objects.get(pk=story.pk), **restriction)
    assert graphql.post(LISTING).json()["data"]["newsItems"]["totalCount"] == 0


def test_case_4_a_group_added_to_a_restriction_is_a_change_too(graphql, story):
    restriction = PageViewRestriction.objects.create(
        page=Page.objects.get(pk=story.pk), restriction_type=PageViewRestriction.GROUPS
    )
    graphql.post(LISTING)
    restriction.groups.add(Group.objects.get(name="Editors"))
    assert graphql.post(LISTING)[CACHE_HEADER] == "miss"


def test_case_4_a_removed_restriction_shows_the_page_on_the_next_request(graphql, story):
    restriction = PageViewRestriction.objects.create(
        page=Page.objects.get(pk=story.pk), restriction_type=PageViewRestriction.LOGIN
    )
    assert graphql.post(LISTING).json()["data"]["newsItems"]["totalCount"] == 0
    restriction.delete()
    assert graphql.post(LISTING).json()["data"]["newsItems"]["totalCount"] == 1


HERO = '{ page(urlPath: "/newsroom/photo/") { ... on NewsItem { heroImage { id } } } }'
REPORT = '{ page(urlPath: "/newsroom/report/") { ... on ReportPage { reportDocument { url } } } }'


def private_collection() -> Collection:
    return Collection.get_first_root_node().add_child(name="Under review")


def test_case_4_restricting_a_collection_hides_its_images_on_the_next_request(graphql, newsroom):
    collection = private_collection()
    PressReleasePageFactory(
        parent=newsroom, slug="photo", hero_image=ImageFactory(collection=collection)
    )
    assert graphql.post(HERO).json()["data"]["page"]["heroImage"] is not None
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert graphql.post(HERO).json()["data"]["page"]["heroImage"] is None


def test_case_4_moving_a_document_into_a_private_collection_hides_it(graphql, newsroom):
    collection = private_collection()
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = DocumentFactory()
    ReportPageFactory(parent=newsroom, slug="report", report_document=document)
    assert graphql.post(REPORT).json()["data"]["page"]["reportDocument"] is not None
    document.collection = collection
    document.save()
    assert graphql.post(REPORT).json()["data"]["page"]["reportDocument"] is None


# 5. Variable defaults count in the cost


def test_case_5_a_variable_default_is_costed_like_the_same_value_sent(
    graphql, django_assert_num_queries
):
    nested = "relatedItems { relatedItems { relatedItems { title } } }"
    query = "query($n: Int = 100) { newsItems(first: $n) { edges { node { " + nested + " } } } }"
    with django_assert_num_queries(0):
        response = graphql.post(query)
    assert response.status_code == 400
    assert codes(response) == ["QUERY_TOO_COMPLEX"]


# 7. Bad input gets a coded error, never an internal one


@pytest.mark.parametrize(
    "query",
    [
        '{ page(id: "99999999999999999999999") { title } }',
        '{ page(id: "-1") { title } }',
        '{ newsItems(after: "MjAyNi0wMS0wMXw5OTk5OTk5OTk5OTk5OTk5OTk5OTk=") { totalCount } }',
    ],
    ids=["huge-id", "negative-id", "huge-cursor"],
)
def test_case_7_an_out_of_range_id_is_bad_user_input(graphql, query):
    response = graphql.post(query)
    assert codes(response) == ["BAD_USER_INPUT"]


def test_case_7_search_text_with_an_unbalanced_quote_is_answered(graphql, story):
    response = graphql.post('{ newsItems(search: "\\"Libya") { totalCount } }')
    assert response.status_code == 200
    assert "INTERNAL_SERVER_ERROR" not in response.content.decode()


@pytest.mark.parametrize(
    ("query", "variables"),
    [
        ('{ newsItems(search: "a\\u0000b") { totalCount } }', {}),
        ("query($s: String) { newsItems(search: $s) { totalCount } }", {"s": "a\x00b"}),
        ("query($p: String) { page(urlPath: $p) { title } }", {"p": "/newsroom/\x00/"}),
    ],
    ids=["literal", "search-variable", "path-variable"],
)
def test_case_7_a_nul_character_in_any_string_is_bad_user_input(graphql, query, variables):
    response = graphql.post(query, variables)
    assert response.status_code == 400
    assert codes(response) == ["BAD_USER_INPUT"]


def test_case_7_an_unexpected_exception_is_a_coded_internal_error_without_internals(
    graphql, monkeypatch
):
    def explode(*args, **kwargs):
        raise RuntimeError("connection to 10.0.0.5 refused")

    monkeypatch.setattr("cms.api.http.database.catch_up_when_due", explode)
    response = graphql.post(LISTING)
    assert response.status_code == 500
    assert response["Content-Type"].startswith("application/json")
    assert codes(response) == ["INTERNAL_SERVER_ERROR"]
    assert "10.0.0.5" not in response.content.decode()


# 9. Site boundaries


@pytest.fixture
def partner_story(other_site):
    partner_newsroom = NewsroomIndexPageFactory(
        parent=other_site.root_page, title="Partner newsroom", slug="newsroom"
    )
    return PressReleasePageFactory(parent=partner_newsroom, slug="story", title="Partner story")


def test_case_9_another_sites_pages_never_appear_in_the_listing(graphql, story, partner_story):
    data = graphql.post(LISTING).json()["data"]["newsItems"]
    assert [edge["node"]["title"] for edge in data["edges"]] == ["Story"]
    assert data["totalCount"] == 1


def test_case_9_another_sites_page_cannot_be_fetched_by_id(graphql, story, partner_story):
    response = graphql.post(f'{{ page(id: "{partner_story.pk}") {{ title }} }}')
    assert response.json()["data"]["page"] is None


def test_case_9_a_colliding_url_path_resolves_on_the_requests_own_site(
    graphql, story, partner_story, other_site
):
    query = '{ page(urlPath: "/newsroom/story/") { title } }'
    ours = graphql.post(query).json()["data"]["page"]["title"]
    theirs = graphql.post(query, HTTP_HOST=other_site.hostname).json()["data"]["page"]["title"]
    assert (ours, theirs) == ("Story", "Partner story")


def test_a_document_without_an_operation_is_a_validation_error(graphql):
    response = graphql.post("fragment F on Query { __typename }")
    assert response.status_code == 400
    assert codes(response) == ["GRAPHQL_VALIDATION_FAILED"]
