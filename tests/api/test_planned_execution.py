"""Planned execution (cms/api/plan.py) answers exactly what graphql-core's execution answers:
the same data for every operation of the contract, with the same SQL queries, and graphql-core
itself for what a plan does not cover (directives, introspection, any error)."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.api.http import plan
from cms.api.http.contract import documents
from newsroom_pages.paths import frontend_path
from tests.api.test_query_counts import article_body
from tests.factories import (
    CampaignVictoryPageFactory,
    CountryFactory,
    DocumentFactory,
    ImageFactory,
    ReportPageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(newsroom):
    page = ReportPageFactory(
        parent=newsroom,
        slug="report",
        hero_image=ImageFactory(file__width=64, file__height=36),
        report_document=DocumentFactory(),
        body=article_body(newsroom, 10),
    )
    page.topics.add(TopicFactory(name="Detention"), TopicFactory(name="Torture"))
    page.countries.add(CountryFactory(name="Libya", iso_code="LY"))
    page.save_revision().publish()
    CampaignVictoryPageFactory(parent=newsroom, hero_image=ImageFactory())
    return page


@pytest.fixture
def planned_runs(monkeypatch) -> list[bool]:
    """One entry per planned run: True when it answered, False when graphql-core took over."""
    runs: list[bool] = []
    execute_planned = plan.execute_planned

    def counted(*args, **kwargs):
        data = execute_planned(*args, **kwargs)
        runs.append(data is not None)
        return data

    monkeypatch.setattr("cms.api.http.pipeline.execute_planned", counted)
    return runs


def contract_variables(article) -> dict[str, dict]:
    path = frontend_path(article)
    return {
        "NewsListing": {"first": 10},
        "FilteredNewsListing": {"first": 10, "kind": "REPORT", "publishedAfter": "2019-01-01"},
        "Article": {"urlPath": path},
        "LocalizedArticle": {"urlPath": path},
        "NewsroomFilters": {"locale": "en"},
    }


def answered(graphql, settings, planned: bool, query: str, variables: dict) -> tuple[dict, int]:
    settings.NEWSROOM_API_PLANNED_EXECUTION = planned
    graphql.post(query, variables)  # the steady state: renditions made, content types cached
    with CaptureQueriesContext(connection) as queries:
        body = graphql.post(query, variables).json()
    return body, len(queries)


@pytest.mark.parametrize(
    "operation",
    ["NewsListing", "FilteredNewsListing", "Article", "LocalizedArticle", "NewsroomFilters"],
)
def test_each_contract_operation_answers_as_graphql_core_does_with_the_same_queries(
    graphql, settings, article, planned_runs, operation
):
    query, variables = documents()[operation], contract_variables(article)[operation]
    expected, expected_queries = answered(graphql, settings, False, query, variables)
    planned, planned_queries = answered(graphql, settings, True, query, variables)
    assert "errors" not in expected
    assert planned_runs and all(planned_runs)
    assert json.dumps(planned, sort_keys=True) == json.dumps(expected, sort_keys=True)
    assert planned_queries == expected_queries


def test_aliases_and_repeated_fields_are_merged_as_graphql_core_merges_them(
    graphql, settings, article, planned_runs
):
    query = """{ a: newsItems(first: 2) { edges { node { title t: title ...on NewsItem { title
        kind } } } } b: newsItems(first: 1) { totalCount } }"""
    expected, _ = answered(graphql, settings, False, query, {})
    planned, _ = answered(graphql, settings, True, query, {})
    assert all(planned_runs)
    assert planned == expected


def test_a_document_with_directives_is_executed_by_graphql_core(
    graphql, settings, article, planned_runs
):
    query = "query($full: Boolean!) { newsItems(first: 2) { totalCount @include(if: $full) } }"
    expected, _ = answered(graphql, settings, False, query, {"full": False})
    planned, _ = answered(graphql, settings, True, query, {"full": False})
    assert planned == expected == {"data": {"newsItems": {}}}
    assert planned_runs and not any(planned_runs)


def test_introspection_is_executed_by_graphql_core(graphql, settings, article, planned_runs):
    query = '{ __type(name: "NewsItem") { name } }'
    planned, _ = answered(graphql, settings, True, query, {})
    assert planned == {"data": {"__type": {"name": "NewsItem"}}}
    assert planned_runs and not any(planned_runs)


def test_a_field_error_gives_graphql_cores_partial_data_and_coded_error(
    graphql, settings, article, planned_runs
):
    query = """{ newsItems(first: 2) { edges { node { title
        heroImage { alt rendition(width: 100, height: 100, fill: true, quality: 5000) { url } }
    } } } }"""
    expected, _ = answered(graphql, settings, False, query, {})
    planned, _ = answered(graphql, settings, True, query, {})
    assert expected["errors"]
    assert planned == expected
    assert planned_runs and not any(planned_runs)


def test_variables_that_do_not_coerce_are_refused_as_before(graphql, settings, article):
    query = "query($first: Int) { newsItems(first: $first) { totalCount } }"
    expected, _ = answered(graphql, settings, False, query, {"first": "many"})
    planned, _ = answered(graphql, settings, True, query, {"first": "many"})
    assert planned == expected
    assert planned["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
