"""The standard introspection query (graphql-js getIntrospectionQuery, as GraphiQL,
graphql-inspector and graphql-codegen send it) passes in dev and is refused when off."""

import pytest
import requests

from .conftest import run_node

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(scope="module")
def standard_introspection() -> str:
    return run_node("introspection-query.mjs")[0]["query"]


def test_the_standard_introspection_query_passes(live_server, standard_introspection):
    response = requests.post(
        f"{live_server.url}/graphql/", json={"query": standard_introspection}, timeout=60
    )
    body = response.json()
    assert response.status_code == 200
    assert "errors" not in body, body.get("errors")
    names = {t["name"] for t in body["data"]["__schema"]["types"]}
    assert {"Query", "NewsItem", "Rendition"} <= names


def test_the_standard_introspection_query_is_refused_when_introspection_is_off(
    live_server, standard_introspection, settings
):
    settings.NEWSROOM_GRAPHQL = {**settings.NEWSROOM_GRAPHQL, "INTROSPECTION": False}
    response = requests.post(
        f"{live_server.url}/graphql/", json={"query": standard_introspection}, timeout=60
    )
    assert "introspection" in response.json()["errors"][0]["message"].lower()
