"""`totalCount` reads at most NEWSROOM_EXACT_COUNT_LIMIT + 1 rows: exact up to the limit,
above it PostgreSQL's estimate (SQLite counts exactly), never below the limit."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

COUNT = "{ newsItems(first: 1) { totalCount } }"


def test_the_count_is_exact_up_to_the_limit(graphql, make_items, settings):
    settings.NEWSROOM_EXACT_COUNT_LIMIT = 5
    make_items(5)
    assert graphql.query(COUNT)["newsItems"]["totalCount"] == 5


def test_above_the_limit_the_count_is_never_below_it(graphql, make_items, settings):
    settings.NEWSROOM_EXACT_COUNT_LIMIT = 3
    make_items(6)
    assert graphql.query(COUNT)["newsItems"]["totalCount"] >= 4


def test_a_filtered_count_below_the_limit_is_exact(graphql, make_items, settings):
    settings.NEWSROOM_EXACT_COUNT_LIMIT = 3
    make_items(6)
    query = "{ newsItems(first: 1, kind: REPORT) { totalCount } }"
    assert graphql.query(query)["newsItems"]["totalCount"] == 0
