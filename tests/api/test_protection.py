"""Hostile requests are refused before anything executes: a GraphQL error, HTTP 400/405/413,
no SQL, never a 500 and never a stack trace."""

import json

import pytest

pytestmark = pytest.mark.django_db


def nested_related(levels: int) -> str:
    inner = "title"
    for _ in range(levels):
        inner = f"relatedItems {{ {inner} }}"
    return inner


HOSTILE_QUERIES = {
    "depth": (
        '{ page(urlPath: "/newsroom/x/") { ... on NewsItem { ' + nested_related(8) + " } } }",
        "Query depth 10 exceeds the limit of 8.",
    ),
    "aliases": (
        "{ " + " ".join(f"a{i}: locales {{ code }}" for i in range(16)) + " }",
        "16 aliases exceed the limit of 15.",
    ),
    "tokens": (
        "{ locales { " + "code " * 1000 + "} }",
        "Syntax Error: Document contains more than 1000 tokens. Parsing aborted.",
    ),
    "cost": (
        "{ newsItems(first: 100) { edges { node { " + nested_related(3) + " } } } }",
        "Query cost 11301 exceeds the limit of 3000; ask for fewer items per page or fewer "
        "nested lists.",
    ),
    "two operations": (
        "query A { locales { code } } query B { topics { name } }",
        "Send one operation per request.",
    ),
    "mutation": ("mutation { publish }", "Only queries are supported."),
}


def assert_refused(response, status: int, message: str) -> None:
    assert response.status_code == status
    body = response.json()
    assert message in [error["message"] for error in body["errors"]]
    assert "data" not in body or body["data"] is None
    assert "Traceback" not in response.content.decode()


CODES = {
    "depth": "QUERY_TOO_DEEP",
    "aliases": "QUERY_TOO_COMPLEX",
    "tokens": "GRAPHQL_PARSE_FAILED",
    "cost": "QUERY_TOO_COMPLEX",
    "two operations": "OPERATION_NOT_SUPPORTED",
    "mutation": "OPERATION_NOT_SUPPORTED",
}


@pytest.mark.parametrize("kind", HOSTILE_QUERIES)
def test_each_refusal_carries_its_documented_code(graphql, kind):
    query, _message = HOSTILE_QUERIES[kind]
    codes = [error["extensions"]["code"] for error in graphql.post(query).json()["errors"]]
    assert CODES[kind] in codes


def test_a_method_other_than_get_or_post_is_method_not_allowed(graphql):
    response = graphql.client.delete("/graphql/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, POST"
    assert response.json()["errors"][0]["extensions"]["code"] == "METHOD_NOT_ALLOWED"


@pytest.mark.parametrize("kind", HOSTILE_QUERIES)
def test_hostile_queries_are_refused_before_any_sql_runs(graphql, django_assert_num_queries, kind):
    query, message = HOSTILE_QUERIES[kind]
    with django_assert_num_queries(0):
        response = graphql.post(query)
    assert_refused(response, 400, message)


def test_the_cost_of_a_listing_counts_first_from_variables(graphql, django_assert_num_queries):
    query = (
        "query($n: Int) { newsItems(first: $n) { edges { node { " + nested_related(3) + " } } } }"
    )
    with django_assert_num_queries(0):
        response = graphql.post(query, {"n": 100})
    assert response.status_code == 400
    assert "Query cost 11301 exceeds" in response.json()["errors"][0]["message"]


def test_batched_requests_are_refused(graphql, django_assert_num_queries):
    batch = json.dumps([{"query": "{ locales { code } }"}, {"query": "{ topics { name } }"}])
    with django_assert_num_queries(0):
        response = graphql.client.post("/graphql/", batch, content_type="application/json")
    assert_refused(
        response, 400, "Batched requests are not supported: send one operation per request."
    )


def test_an_oversize_request_body_is_refused(graphql, django_assert_num_queries, settings):
    padding = " " * settings.NEWSROOM_GRAPHQL["MAX_BODY_BYTES"]
    with django_assert_num_queries(0):
        response = graphql.post("{ locales { code } }" + padding)
    assert_refused(response, 413, "The request is larger than 32768 bytes.")


def test_malformed_json_is_refused(graphql, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = graphql.client.post("/graphql/", '{"query": ', content_type="application/json")
    assert_refused(response, 400, "The request body is not valid JSON.")


def test_an_unknown_operation_name_is_refused(graphql, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = graphql.post("query Known { locales { code } }", operationName="Unknown")
    assert_refused(response, 400, "Unknown operation 'Unknown'.")


def test_variables_that_are_not_an_object_are_refused(graphql, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = graphql.post("{ locales { code } }", variables=["not", "an", "object"])
    assert_refused(response, 400, "`variables` must be a JSON object.")


def test_other_http_methods_are_refused(graphql):
    response = graphql.client.put("/graphql/", "{}", content_type="application/json")
    assert_refused(response, 405, "GraphQL accepts GET and POST requests only.")


def test_queries_work_over_get(graphql):
    response = graphql.client.get("/graphql/", {"query": "{ locales { code } }"})
    assert response.status_code == 200
    assert response.json()["data"]["locales"][0] == {"code": "en"}


def test_introspection_is_refused_when_switched_off(graphql, settings):
    settings.NEWSROOM_GRAPHQL = {**settings.NEWSROOM_GRAPHQL, "INTROSPECTION": False}
    response = graphql.post("{ __schema { types { name } } }")
    assert response.status_code == 400
    assert "introspection" in response.json()["errors"][0]["message"].lower()


def test_introspection_is_off_in_production_unless_enabled_by_the_environment():
    from tests.configuration.test_production_settings import example_environment, manage

    code = "from django.conf import settings; print(settings.NEWSROOM_GRAPHQL['INTROSPECTION'])"
    env = example_environment()
    assert manage("shell", "-c", code, env=env).stdout.splitlines()[-1] == "False"
    env["NEWSROOM_GRAPHQL_INTROSPECTION"] = "true"
    assert manage("shell", "-c", code, env=env).stdout.splitlines()[-1] == "True"


def test_unexpected_errors_reach_clients_without_internals(graphql, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("relation wagtailcore_page does not exist at 10.0.0.5")

    monkeypatch.setattr("cms.api.pages.snippets.Locale.from_code", explode)
    response = graphql.post("{ locales { code } }")
    text = response.content.decode()
    assert response.json()["errors"][0]["message"] == "Internal server error."
    assert "10.0.0.5" not in text and "Traceback" not in text
