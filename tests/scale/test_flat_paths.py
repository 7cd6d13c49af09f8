"""Every public path flat as the archive grows: each operation measured at two sizes of a
generated archive (NEWSROOM_SCALE_SIZES, default 2,000 and 20,000 items) on PostgreSQL runs
the same number of SQL statements and its median stays within 1.5x.

One archive serves the whole module: it is generated once at the smaller size, measured,
grown to the larger size and measured again (about 100 s of generation at 20,000 on CI), so
this runs only under `--postgresql`. The measurement is the bench's scale series
(bench/scale.py): over real HTTP against a live server with the response cache off (a cache
hit would measure nothing but the cache), SQL statements counted in process.
"""

import json
import os

import pytest
from django.db import connection
from django.test.utils import override_settings

from bench.scale import grow_and_measure
from tests.conftest import restore_migrated_database

pytestmark = [pytest.mark.django_db, pytest.mark.postgres, pytest.mark.postgres_only]

SIZES = [int(n) for n in os.environ.get("NEWSROOM_SCALE_SIZES", "2000,20000").split(",")]
GROWTH = 1.5
# Small enough that the English sitemap has a second file at the smaller size, fixed so a
# sitemap file holds as many URLs at both sizes.
SITEMAP_FILE = max(50, SIZES[0] // 10)
OPERATIONS = [
    "listing",
    "deep cursor (20 pages)",
    "filters",
    "totalCount",
    "page(urlPath) article",
    "search common word",
    "search rare word",
    "sitemap index",
    "sitemap file",
    "RSS feed",
    "sync, initial first page",
    "sync, next page",
]


@pytest.fixture(scope="module")
def measured(django_db_setup, django_db_blocker):
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        if not hasattr(connection, "_test_serialized_contents"):
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()
        server = LiveServer("127.0.0.1")
        server._live_server_modified_settings.enable()
        results = {}
        try:
            with override_settings(
                NEWSROOM_API_CACHE_ENABLED=False,
                NEWSROOM_SITEMAP_MAX_URLS=SITEMAP_FILE,
                ALLOWED_HOSTS=["*"],
            ):
                results = grow_and_measure(server.url, SIZES)
            yield results
        finally:
            server._live_server_modified_settings.disable()
            server.stop()
            restore_migrated_database(connection)
            if report := os.environ.get("NEWSROOM_SCALE_REPORT"):
                with open(report, "w") as out:
                    json.dump({str(n): row for n, row in results.items()}, out, indent=2)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_an_operation_runs_the_same_sql_at_every_size(measured, operation):
    small, large = SIZES[0], SIZES[-1]
    assert measured[large][operation]["queries"] == measured[small][operation]["queries"]


# The index lists a file per SITEMAP_FILE pages, ten times as many at 20k as at 2k here, and
# counts each locale's pages to know how many: it grows with the archive (2.2x measured at
# 2k -> 20k). Open in the archive-scale issue; strict, so a fix makes this test fail.
GROWING = {
    "sitemap index": pytest.mark.xfail(
        strict=True, reason="the index lists and counts every file: grows with the archive"
    )
}


@pytest.mark.parametrize(
    "operation", [pytest.param(name, marks=GROWING.get(name, ())) for name in OPERATIONS]
)
def test_an_operation_median_stays_within_one_and_a_half_times(measured, operation):
    small, large = SIZES[0], SIZES[-1]
    ratio = measured[large][operation]["median_ms"] / measured[small][operation]["median_ms"]
    assert ratio <= GROWTH, (operation, measured[small][operation], measured[large][operation])
