"""Every public path flat as the archive grows: each operation measured at two sizes of a
generated archive (NEWSROOM_SCALE_SIZES, default 2,000 and 20,000 items) on PostgreSQL runs
the same number of SQL statements and its median stays within 1.5x.

One archive serves the whole module: it is generated once at the smaller size, measured,
grown to the larger size and measured again (about 100 s of generation at 20,000 on CI), so
this runs only under `--postgresql`. Latency is measured over real HTTP against a live server
with the response cache off (a cache hit would measure nothing but the cache); SQL statements
are counted in process on the same requests.
"""

import json
import os
import statistics
import time
import urllib.request
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from newsroom_pages.pages import NewsItemPage
from tests.conftest import restore_migrated_database

pytestmark = [pytest.mark.django_db, pytest.mark.postgres, pytest.mark.postgres_only]

SIZES = [int(n) for n in os.environ.get("NEWSROOM_SCALE_SIZES", "2000,20000").split(",")]
REPEATS = 9
# Small enough that the English sitemap has a second file at the smaller size, fixed so a
# sitemap file holds as many URLs at both sizes.
SITEMAP_FILE = max(50, SIZES[0] // 10)
GROWTH = 1.5
LISTING = "query($after: String) { newsItems(first: 20, after: $after) { edges { cursor node { title urlPath } } pageInfo { endCursor } } }"
FILTERED = '{ newsItems(first: 20, kind: PRESS_RELEASE, topic: "accountability") { edges { node { title } } } }'
COUNT = "{ newsItems(first: 1) { totalCount } }"
ARTICLE = "query($path: String!) { page(urlPath: $path) { title ... on NewsItem { summary topics { name } countries { name } relatedItems { title urlPath } body { __typename } } } }"
SEARCH = "query($q: String!) { newsItems(first: 20, search: $q) { totalCount edges { node { title } } } }"
SYNC = "query($token: String) { sync(token: $token, first: 100) { items { id urlPath } nextToken hasMore } }"


def graphql(query: str, variables: dict | None = None) -> tuple[str, bytes, dict]:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    return ("POST", body, {"Content-Type": "application/json"})


class Measure:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.client = Client(HTTP_HOST="localhost")

    def _http(self, path: str, request) -> bytes:
        method, body, headers = request if request else ("GET", None, {})
        call = urllib.request.Request(  # noqa: S310 (loopback)
            self.base_url + path, data=body, headers=headers, method=method
        )
        with urllib.request.urlopen(call, timeout=60) as answer:  # noqa: S310 (loopback)
            return answer.read()

    def _queries(self, path: str, request) -> int:
        with CaptureQueriesContext(connection) as captured:
            if request:
                response = self.client.post(path, request[1], content_type="application/json")
            else:
                response = self.client.get(path)
            if response.streaming:
                b"".join(response.streaming_content)
        assert response.status_code == 200, response
        return len(captured)

    def operation(self, path: str, request=None) -> dict:
        self._http(path, request)  # warm: renditions made, connections open
        queries = self._queries(path, request)
        times = []
        for _ in range(REPEATS):
            started = time.perf_counter()
            self._http(path, request)
            times.append((time.perf_counter() - started) * 1000)
        return {"queries": queries, "median_ms": statistics.median(times), "p95_ms": max(times)}


def deep_cursor(measure: Measure, depth: int = 20) -> str | None:
    after = None
    for _ in range(depth):
        data = json.loads(measure._http("/graphql/", graphql(LISTING, {"after": after})))
        after = data["data"]["newsItems"]["pageInfo"]["endCursor"]
    return after


def operations(measure: Measure) -> dict[str, dict]:
    english = NewsItemPage.objects.filter(locale__language_code="en", slug__startswith="archive-")
    article = english.order_by("pk")[len(SIZES) * 100]
    rare = article.slug.rsplit("-", 1)[-1]  # the person's name: in a handful of items
    initial = json.loads(measure._http("/graphql/", graphql(SYNC)))["data"]["sync"]["nextToken"]
    return {
        "listing": measure.operation("/graphql/", graphql(LISTING)),
        "deep cursor (20 pages)": measure.operation(
            "/graphql/", graphql(LISTING, {"after": deep_cursor(measure)})
        ),
        "filters": measure.operation("/graphql/", graphql(FILTERED)),
        "totalCount": measure.operation("/graphql/", graphql(COUNT)),
        "page(urlPath) article": measure.operation(
            "/graphql/", graphql(ARTICLE, {"path": f"/newsroom/{article.slug}/"})
        ),
        "search common word": measure.operation("/graphql/", graphql(SEARCH, {"q": "authorities"})),
        "search rare word": measure.operation("/graphql/", graphql(SEARCH, {"q": rare})),
        "sitemap index": measure.operation("/sitemap.xml"),
        "sitemap file": measure.operation("/sitemaps/en-2.xml"),
        "RSS feed": measure.operation("/feeds/en/rss.xml"),
        "sync, initial first page": measure.operation("/graphql/", graphql(SYNC)),
        "sync, next page": measure.operation("/graphql/", graphql(SYNC, {"token": initial})),
    }


@pytest.fixture(scope="module")
def measured(django_db_setup, django_db_blocker):
    from pytest_django.live_server_helper import LiveServer

    results = {}
    with django_db_blocker.unblock():
        if not hasattr(connection, "_test_serialized_contents"):
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()
        server = LiveServer("127.0.0.1")
        server._live_server_modified_settings.enable()
        try:
            with override_settings(
                NEWSROOM_API_CACHE_ENABLED=False,
                NEWSROOM_SITEMAP_MAX_URLS=SITEMAP_FILE,
                ALLOWED_HOSTS=["*"],
            ):
                call_command("load_demo_newsroom", stdout=StringIO())
                for size in SIZES:
                    missing = size - NewsItemPage.objects.count()
                    out = StringIO()
                    call_command("generate_archive", items=missing, seed=28, stdout=out)
                    with connections["default"].cursor() as cursor:
                        cursor.execute("ANALYZE")
                    results[size] = operations(Measure(server.url))
                    results[size]["generation"] = out.getvalue().strip()
            yield results
        finally:
            server._live_server_modified_settings.disable()
            server.stop()
            restore_migrated_database(connection)
            report = os.environ.get("NEWSROOM_SCALE_REPORT")
            if report:
                with open(report, "w") as out:
                    json.dump({str(k): v for k, v in results.items()}, out, indent=2)


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


@pytest.mark.parametrize("operation", OPERATIONS)
def test_an_operation_runs_the_same_sql_at_every_size(measured, operation):
    small, large = SIZES[0], SIZES[-1]
    assert measured[large][operation]["queries"] == measured[small][operation]["queries"]


@pytest.mark.parametrize("operation", OPERATIONS)
def test_an_operation_median_stays_within_one_and_a_half_times(measured, operation):
    small, large = SIZES[0], SIZES[-1]
    ratio = measured[large][operation]["median_ms"] / measured[small][operation]["median_ms"]
    assert ratio <= GROWTH, (operation, measured[small][operation], measured[large][operation])
