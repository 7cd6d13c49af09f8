"""Requests that mean the same thing share a cached answer; anything that changes what executes
(variables, operation, site) or makes the answer personal never shares one."""

import json

import pytest

from cms.api.http.cache.keys import CACHE_HEADER

LISTING = "query Listing($first: Int, $locale: String) { newsItems(first: $first, locale: $locale) { totalCount } }"


def send(graphql, query=LISTING, variables=None, **extra):
    return graphql.post(query, variables, **extra)[CACHE_HEADER]


def test_variable_order_does_not_change_the_key(graphql):
    send(graphql, variables={"first": 5, "locale": "ar"})
    assert send(graphql, variables={"locale": "ar", "first": 5}) == "hit"


def test_missing_and_empty_variables_share_a_key(graphql):
    graphql.client.post(
        "/graphql/", json.dumps({"query": LISTING}), content_type="application/json"
    )
    assert send(graphql, variables={}) == "hit"


@pytest.mark.parametrize(
    ("variables", "extra"),
    [
        ({"first": 6}, {"operationName": "Listing"}),
        ({"first": 5}, {}),
        ({"first": 5}, {"operationName": "Listing", "HTTP_HOST": "partner.example.org"}),
    ],
    ids=["variables", "operation-name", "site"],
)
def test_variables_operation_and_site_each_change_the_key(graphql, other_site, variables, extra):
    send(graphql, variables={"first": 5}, operationName="Listing")
    assert send(graphql, variables=variables, **extra) == "miss"


def test_a_different_selection_changes_the_key(graphql):
    send(graphql)
    other = "query Listing($first: Int) { newsItems(first: $first) { edges { cursor } } }"
    assert send(graphql, other) == "miss"


def test_a_preview_token_request_is_never_cached(graphql):
    preview = 'query { page(urlPath: "/a/", previewToken: "abc") { title } }'
    graphql.post(preview)
    assert CACHE_HEADER not in graphql.post(preview)
