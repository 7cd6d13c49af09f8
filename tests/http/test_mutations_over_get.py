"""GraphQL over HTTP: a GET never runs a mutation. The answer is 405 with `Allow: POST` under
every media type a client may ask for, and a coded error, never a 400 that reads as a bad
document."""

import pytest
import requests

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MUTATION = "mutation { publish(id: 1) }"


@pytest.mark.parametrize("accept", ["application/graphql-response+json", "application/json", None])
def test_a_mutation_sent_with_get_is_405_allowing_post(live_server, accept):
    headers = {"Accept": accept} if accept else {}
    response = requests.get(
        f"{live_server.url}/graphql/", params={"query": MUTATION}, headers=headers, timeout=30
    )
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"
    assert response.headers["Cache-Control"].startswith("private")
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "METHOD_NOT_ALLOWED"


def test_a_mutation_sent_with_post_is_refused_as_unsupported(live_server):
    response = requests.post(
        f"{live_server.url}/graphql/",
        json={"query": MUTATION},
        headers={"Accept": "application/graphql-response+json"},
        timeout=30,
    )
    assert response.status_code == 400
    assert "Allow" not in response.headers
    assert response.json()["errors"][0]["extensions"]["code"] == "OPERATION_NOT_SUPPORTED"
