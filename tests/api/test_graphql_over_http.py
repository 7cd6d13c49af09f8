"""GraphQL over HTTP: the response media type is negotiated from Accept, and the status code
follows the spec for each media type."""

import json

import pytest

pytestmark = pytest.mark.django_db

GRAPHQL_RESPONSE = "application/graphql-response+json"


def post(graphql, query: str, accept: str | None, variables: dict | None = None):
    headers = {"HTTP_ACCEPT": accept} if accept else {}
    payload = {"query": query, "variables": variables or {}}
    return graphql.client.post(
        "/graphql/", json.dumps(payload), content_type="application/json", **headers
    )


def test_a_client_accepting_graphql_response_json_gets_it(graphql):
    response = post(graphql, "{ locales { code } }", f"{GRAPHQL_RESPONSE}, application/json")
    assert response["Content-Type"].startswith(GRAPHQL_RESPONSE)
    assert response.status_code == 200


def test_a_validation_error_is_a_400_under_graphql_response_json(graphql):
    response = post(graphql, "{ missingField }", GRAPHQL_RESPONSE)
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


@pytest.mark.parametrize(
    ("query", "variables"),
    [
        ("{", None),
        ("{ missingField }", None),
        ("query($n: Int) { newsItems(first: $n) { totalCount } }", {"n": "many"}),
    ],
    ids=["parse", "validation", "variables"],
)
def test_under_legacy_application_json_a_well_formed_request_is_always_a_200(
    graphql, query, variables
):
    response = post(graphql, query, "application/json", variables)
    assert response["Content-Type"].startswith("application/json")
    assert response.status_code == 200
    assert response.json()["errors"]


def test_a_request_that_is_not_graphql_over_http_stays_a_400_under_application_json(graphql):
    response = graphql.client.post(
        "/graphql/", '{"query": 5}', content_type="application/json", HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def test_without_accept_the_legacy_media_type_keeps_the_4xx_statuses(graphql):
    response = post(graphql, "{ missingField }", None)
    assert response["Content-Type"].startswith("application/json")
    assert response.status_code == 400
