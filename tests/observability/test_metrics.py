"""`/metrics` as Prometheus scrapes it from gunicorn on production settings (two workers,
multiprocess mode): refused without the token, every metric the operators' page lists."""

import datetime
import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
import time_machine
from django.core.management import call_command
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families

from cms.webhooks.models import DeliveryStatus, WebhookDelivery
from newsroom_pages.scheduling import run_due_schedule
from tests.factories import PressReleasePageFactory

from .conftest import METRICS_TOKEN

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),  # gunicorn sees rows
]

MANIFEST = Path(__file__).resolve().parents[2] / "frontend_contract/persisted-operations.json"


def scrape(url: str) -> dict[tuple[str, tuple], float]:
    response = requests.get(
        f"{url}/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}, timeout=30
    )
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("text/plain; version=")
    samples = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def value(samples: dict, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def persisted_id(operation: str) -> str:
    manifest = json.loads(MANIFEST.read_text())
    return next(k for k, text in manifest.items() if re.match(rf"query {operation}\b", text))


def test_metrics_are_refused_without_the_bearer_token(production):
    assert requests.get(f"{production}/metrics", timeout=30).status_code == 401
    wrong = {"Authorization": "Bearer not-the-token"}
    assert requests.get(f"{production}/metrics", headers=wrong, timeout=30).status_code == 401
    basic = {"Authorization": f"Basic {METRICS_TOKEN}"}
    assert requests.get(f"{production}/metrics", headers=basic, timeout=30).status_code == 401


def test_requests_are_counted_across_every_gunicorn_worker(production, deps):
    before = value(scrape(production), "newsroom_http_requests_total",
                   view="graphql", method="GET", status="200")  # fmt: skip

    def one(_n: int) -> int:
        with requests.Session() as fresh:  # a new connection: either worker may take it
            return fresh.get(
                f"{production}/graphql/?query={{locales{{code}}}}", timeout=30
            ).status_code

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(one, range(40)))

    assert statuses == [200] * 40
    after = scrape(production)
    counted = value(
        after, "newsroom_http_requests_total", view="graphql", method="GET", status="200"
    )
    assert counted - before == 40
    assert value(after, "newsroom_http_request_duration_seconds_count", view="graphql") >= 40


def test_graphql_requests_are_labelled_by_operation_persisted_or_not(production, deps):
    listing = persisted_id("NewsListing")
    requests.get(f"{production}/graphql/", params={"id": listing}, timeout=30)
    requests.get(f"{production}/graphql/?query=query Mine {{locales{{code}}}}", timeout=30)
    requests.get(f"{production}/graphql/?query={{locales{{code}}}}", timeout=30)

    samples = scrape(production)

    shipped = {"operation": "NewsListing", "persisted": "true", "status": "200"}
    assert value(samples, "newsroom_graphql_requests_total", **shipped) >= 1
    ad_hoc = {"operation": "Mine", "persisted": "false", "status": "200"}
    assert value(samples, "newsroom_graphql_requests_total", **ad_hoc) >= 1
    unnamed = {"operation": "(anonymous)", "persisted": "false", "status": "200"}
    assert value(samples, "newsroom_graphql_requests_total", **unnamed) >= 1
    assert (
        value(samples, "newsroom_graphql_request_duration_seconds_count", operation="NewsListing")
        >= 1
    )


def test_early_cache_hits_are_counted_under_their_operation(production, deps):
    """Answered before the view (cms/api/http/cache/early_hit.py), still labelled by name."""
    listing = persisted_id("NewsListing")
    for _ in range(6):  # both workers: a miss, a hit through the view, then early hits
        requests.get(f"{production}/graphql/", params={"id": listing}, timeout=30)
    before = scrape(production)
    for _ in range(4):
        requests.get(f"{production}/graphql/", params={"id": listing}, timeout=30)
    after = scrape(production)

    shipped = {"operation": "NewsListing", "persisted": "true", "status": "200"}
    grown = value(after, "newsroom_graphql_requests_total", **shipped) - value(
        before, "newsroom_graphql_requests_total", **shipped
    )
    assert grown == 4


def test_response_cache_hits_and_misses_are_counted(production, deps):
    before = scrape(production)
    query = f"{production}/graphql/?query=query CacheCount {{locales{{code}}}}"
    first = requests.get(query, timeout=30).headers.get("X-Newsroom-Cache")
    second = requests.get(query, timeout=30).headers.get("X-Newsroom-Cache")
    after = scrape(production)

    assert (first, second) == ("miss", "hit")
    for result in ("hit", "miss"):
        labels = {"result": result, "area": "graphql"}
        grown = value(after, "newsroom_response_cache_total", **labels) - value(
            before, "newsroom_response_cache_total", **labels
        )
        assert grown >= 1, result


def test_database_queries_per_request_are_observed(production, deps):
    before = value(scrape(production), "newsroom_db_queries_per_request_count")
    requests.get(f"{production}/graphql/", params={"id": persisted_id("NewsListing")}, timeout=30)
    after = scrape(production)

    assert value(after, "newsroom_db_queries_per_request_count") > before
    assert value(after, "newsroom_db_queries_per_request_sum") > 0


def test_webhook_deliveries_are_reported_sent_failed_and_pending(production, deps):
    for status, count in [(DeliveryStatus.DELIVERED, 3), (DeliveryStatus.FAILED, 1),
                          (DeliveryStatus.PENDING, 2), (DeliveryStatus.RETRYING, 1)]:  # fmt: skip
        for _ in range(count):
            WebhookDelivery.objects.create(
                action="published",
                page_id=1,
                payload={},
                endpoint="https://f.example",
                status=status,
            )

    samples = scrape(production)

    assert value(samples, "newsroom_webhook_deliveries", state="sent") == 3
    assert value(samples, "newsroom_webhook_deliveries", state="failed") == 1
    assert value(samples, "newsroom_webhook_deliveries", state="pending") == 3


def test_scheduler_runs_lag_and_embargo_lifts_are_reported(production, deps, newsroom):
    due = timezone.now() - datetime.timedelta(minutes=10)
    release = PressReleasePageFactory(parent=newsroom, live=False)
    with time_machine.travel(due - datetime.timedelta(days=1), tick=False):
        release.go_live_at = due
        release.save_revision().publish()  # scheduled: goes live at `due`

    overdue = scrape(production)
    call_command("run_scheduler", once=True)
    after = scrape(production)

    assert value(overdue, "newsroom_scheduler_lag_seconds") >= 590
    assert value(after, "newsroom_scheduler_lag_seconds") == 0
    assert value(after, "newsroom_scheduler_runs_total") == 1
    assert value(after, "newsroom_scheduler_last_run_timestamp_seconds") > 0
    assert value(after, "newsroom_embargo_lifts_total") == 1
    assert value(after, "newsroom_licence_withdrawals_total") == 0
    assert run_due_schedule().published == []  # nothing was left behind
