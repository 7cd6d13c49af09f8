"""Introspection reads the schema: exempt from the content limits (depth, cost), bounded by how
deeply its lists nest (graphql-core's MaxIntrospectionDepthRule), and off altogether when
INTROSPECTION is off (production's default)."""

import pytest

pytestmark = pytest.mark.django_db

DEEP_TYPE_REFS = '{ __type(name: "Query") { ' + "ofType { " * 12 + "name" + " }" * 12 + " } }"


def nested_lists(levels: int) -> str:
    inner = "name"
    for _ in range(levels):
        inner = f"fields {{ type {{ {inner} }} }}"
    return "{ __schema { types { " + inner + " } } }"


def test_a_deep_chain_of_type_references_is_not_held_to_the_content_depth_limit(graphql):
    data = graphql.query(DEEP_TYPE_REFS)
    assert data["__type"]["ofType"] is None


def test_introspection_may_nest_three_lists_like_the_standard_query(graphql):
    data = graphql.query(nested_lists(2))
    assert data["__schema"]["types"]


def test_introspection_nesting_its_lists_deeper_than_the_standard_query_is_refused(graphql):
    body = graphql.post(nested_lists(3)).json()
    assert body["errors"][0]["message"] == "Maximum introspection depth exceeded"
    assert "data" not in body or body["data"] is None


def test_introspection_is_refused_when_turned_off(graphql, settings):
    settings.NEWSROOM_GRAPHQL = {**settings.NEWSROOM_GRAPHQL, "INTROSPECTION": False}
    body = graphql.post("{ __schema { queryType { name } } }").json()
    assert "introspection" in body["errors"][0]["message"].lower()
