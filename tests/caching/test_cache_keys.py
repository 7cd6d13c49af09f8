"""Requests that mean the same thing share a cache key; anything personal is never cached."""

import pytest

from cms.api.cache.keys import UncacheableQuery, cache_key, ensure_cacheable

LISTING = "query Listing($first: Int) { newsItems(first: $first) { totalCount } }"


def test_whitespace_comments_and_commas_do_not_change_the_key():
    reformatted = """
        # the listing, as a frontend team formats it
        query Listing( $first: Int ) {
          newsItems( first: $first ) ,{ totalCount }
        }
    """
    assert cache_key(reformatted, {"first": 5}, "Listing", "en") == cache_key(
        LISTING, {"first": 5}, "Listing", "en"
    )


def test_variable_order_does_not_change_the_key():
    assert cache_key(LISTING, {"first": 5, "locale": "ar"}, None, None) == cache_key(
        LISTING, {"locale": "ar", "first": 5}, None, None
    )


def test_missing_and_empty_variables_share_a_key():
    assert cache_key(LISTING, None, None, None) == cache_key(LISTING, {}, None, None)


@pytest.mark.parametrize(
    ("variables", "operation_name", "locale"),
    [({"first": 6}, "Listing", "en"), ({"first": 5}, None, "en"), ({"first": 5}, "Listing", "ar")],
)
def test_variables_operation_and_locale_each_change_the_key(variables, operation_name, locale):
    assert cache_key(LISTING, variables, operation_name, locale) != cache_key(
        LISTING, {"first": 5}, "Listing", "en"
    )


def test_a_different_selection_changes_the_key():
    other = "query Listing($first: Int) { newsItems(first: $first) { edges { cursor } } }"
    assert cache_key(other, {}, None, None) != cache_key(LISTING, {}, None, None)


def test_a_query_that_does_not_parse_has_no_key():
    with pytest.raises(UncacheableQuery, match="Not a valid GraphQL document"):
        cache_key("query { newsItems(", {}, None, None)


def test_a_published_content_query_is_cacheable():
    ensure_cacheable(LISTING, "Listing")


def test_a_mutation_is_never_cacheable():
    with pytest.raises(UncacheableQuery, match="mutations"):
        ensure_cacheable("mutation Publish { publish(id: 1) { ok } }", None)


def test_a_preview_token_request_is_never_cacheable():
    preview = 'query { page(urlPath: "/a/", previewToken: "abc") { title } }'
    with pytest.raises(UncacheableQuery, match="Preview"):
        ensure_cacheable(preview, None)


def test_an_operation_name_that_selects_nothing_is_not_cacheable():
    with pytest.raises(UncacheableQuery, match="exactly one operation"):
        ensure_cacheable(LISTING, "Article")
