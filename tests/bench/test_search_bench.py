"""The search part of `make bench` runs on PostgreSQL, on a small newsroom."""

import pytest

from bench import search

pytestmark = [pytest.mark.django_db, pytest.mark.postgres, pytest.mark.postgres_only]


def test_every_search_query_is_measured_with_its_hits(site_root):
    measured = search.run(repeats=1, warmup=1, items=12)

    assert measured["items"] >= 12
    assert [row["query"] for row in measured["rows"]] == list(search.QUERIES)
    assert all(row["median_ms"] > 0 and row["queries"] > 0 for row in measured["rows"])
    assert next(r for r in measured["rows"] if r["query"] == "no match")["hits"] == 0
