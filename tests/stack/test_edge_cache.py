"""nginx caches persisted GETs of /graphql/ for a second (infra/stack/nginx.py): readers in a
burst cost the app one request, a publish shows within a second or two, and nothing personal,
erroneous or sent as text is ever stored at the edge."""

import json
import time
import uuid

import pytest
import requests

from cms.api.http.persisted import operation_id

from .traffic import LISTING

pytestmark = pytest.mark.stack

EDGE = "X-Cache-Status"
LISTING_ID = operation_id(LISTING.rstrip("\n"))


def persisted_get(stack, variables: dict, **headers) -> requests.Response:
    return requests.get(
        f"{stack.url}/graphql/",
        params={"id": LISTING_ID, "variables": json.dumps(variables)},
        headers={"Accept": "application/json", **headers},
        timeout=30,
    )


def fresh_variables() -> dict:
    """A page size no other test asks for, so the first request is the edge's first."""
    return {"first": 1 + uuid.uuid4().int % 40, "locale": "en", "after": None}


def until_hit(stack, variables: dict, **headers) -> requests.Response:
    for _ in range(20):
        response = persisted_get(stack, variables, **headers)
        if response.headers.get(EDGE) == "HIT":
            return response
    return response


def test_a_repeated_persisted_get_is_answered_by_nginx(stack):
    variables = fresh_variables()
    first = persisted_get(stack, variables)
    again = until_hit(stack, variables)
    assert first.status_code == again.status_code == 200
    assert first.headers[EDGE] == "MISS"
    assert again.headers[EDGE] == "HIT"
    assert again.content == first.content
    assert again.headers["Cache-Control"].startswith("public")


def test_the_edge_revalidates_with_the_apps_etag(stack):
    variables = fresh_variables()
    hit = until_hit(stack, variables)
    unchanged = persisted_get(stack, variables, **{"If-None-Match": hit.headers["ETag"]})
    assert unchanged.status_code == 304


def test_a_publish_shows_through_the_edge_within_two_seconds(stack, newest_item):
    variables = fresh_variables()
    until_hit(stack, variables)
    title = f"Seen at the edge {uuid.uuid4().hex[:8]}"
    newest_item.retitle(title, publish=True)
    published = time.monotonic()
    while time.monotonic() - published < 5:
        body = persisted_get(stack, variables).json()
        if body["data"]["newsItems"]["edges"][0]["node"]["title"] == title:
            break
        time.sleep(0.1)
    assert time.monotonic() - published < 2.5


@pytest.mark.parametrize(
    "headers",
    [{"Authorization": "Bearer someone"}, {"Cookie": "sessionid=someone"}],
    ids=["credentials", "session"],
)
def test_a_request_that_may_be_personal_bypasses_the_edge(stack, headers):
    variables = fresh_variables()
    until_hit(stack, variables)
    response = persisted_get(stack, variables, **headers)
    assert response.headers[EDGE] == "BYPASS"


def test_a_query_sent_as_text_is_not_cached_at_the_edge(stack):
    params = {"query": "{ locales { code } }"}
    answers = [requests.get(f"{stack.url}/graphql/", params=params, timeout=30) for _ in range(3)]
    assert {a.headers[EDGE] for a in answers} == {"BYPASS"}


def test_a_preview_answer_is_never_stored_at_the_edge(stack):
    preview_id = operation_id('query P { page(previewToken: "forged") { title } }')
    params = {"id": preview_id, "query": 'query P { page(previewToken: "forged") { title } }'}
    answers = [requests.get(f"{stack.url}/graphql/", params=params, timeout=30) for _ in range(3)]
    assert all(a.headers["Cache-Control"] == "private, no-store" for a in answers)
    assert "HIT" not in {a.headers[EDGE] for a in answers}


def test_an_error_answer_is_never_stored_at_the_edge(stack):
    answers = [persisted_get(stack, {"first": 0}) for _ in range(3)]
    assert all("errors" in a.json() for a in answers)
    assert "HIT" not in {a.headers[EDGE] for a in answers}
