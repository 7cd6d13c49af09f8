"""API reads go to the streaming replica, never at the cost of hiding a publish."""

import time
import uuid

import pytest

from cms.db.replica import RETRY_SECONDS

from .traffic import ARTICLE, CACHE_HEADER, LISTING, Traffic, graphql, listing_titles, wait_until

pytestmark = pytest.mark.stack


def test_a_publish_is_never_hidden_by_a_lagging_replica_nor_cached_from_it(stack, newest_item):
    stack.replica.set("recovery_min_apply_delay", "'15s'")
    try:
        listing_titles(stack.url)  # cached before the publish
        title = f"Published past a lagging replica {uuid.uuid4().hex[:8]}"
        newest_item.retitle(title, publish=True)
        seen_on_replica = _copies_on_replica(stack, title)

        titles = [listing_titles(stack.url)[0] for _ in range(5)]

        assert seen_on_replica == "0"  # the replica had not replayed the publish yet
        assert titles == [title] * 5
        assert wait_until(lambda: _copies_on_replica(stack, title) == "1", timeout=60)
        assert listing_titles(stack.url)[0] == title
    finally:
        stack.replica.set("recovery_min_apply_delay", "0")


def test_with_the_replica_stopped_reads_go_to_the_primary_without_errors(stack):
    stack.replica.stop()
    try:
        with Traffic(stack.url, lambda n: (LISTING, {"first": 1 + n % 40}), threads=4) as load:
            wait_until(lambda: len(load.outcomes) >= 80, timeout=60)
        assert load.failures() == []
    finally:
        stack.replica.start()
    assert listing_titles(stack.url, first=3)


def test_reads_use_the_replica_again_once_it_is_back(stack):
    time.sleep(RETRY_SECONDS + 1)  # each process tries a replica it saw down again after this
    before = _replica_commits(stack)
    for n in range(20):
        response = graphql(stack.url, ARTICLE, {"urlPath": f"/newsroom/missing-{n}/"})
        assert response.status_code == 200
        assert response.headers.get(CACHE_HEADER) == "miss"
    # A backend publishes its statistics when idle, up to 10 s later (PostgreSQL 15).
    assert wait_until(lambda: _replica_commits(stack) - before >= 20, timeout=30)


def _replica_commits(stack) -> int:
    return int(stack.replica.sql("SELECT sum(xact_commit) FROM pg_stat_database"))


def _copies_on_replica(stack, title: str) -> str:
    statement = f"SELECT count(*) FROM wagtailcore_page WHERE title = '{title}'"  # noqa: S608
    return stack.replica.sql(statement)  # (a title this test made up)
