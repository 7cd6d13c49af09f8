"""What the operator of the stack sees: Prometheus scraping both instances, readiness through
a Redis outage and a database outage, JSON log lines that carry the request id."""

import json
import time

import pytest
import requests

from .traffic import LISTING, graphql, wait_until

pytestmark = pytest.mark.stack


def prometheus(stack, query: str) -> list[dict]:
    response = requests.get(
        f"{stack.prometheus_url}/api/v1/query", params={"query": query}, timeout=10
    )
    assert response.status_code == 200, response.text
    return response.json()["data"]["result"]


def instance(stack, number: int) -> str:
    return f"127.0.0.1:{stack.app_ports[number - 1]}"


def test_prometheus_scrapes_both_instances_with_the_token(stack):
    assert wait_until(lambda: len(prometheus(stack, 'up{job="newsroom"} == 1')) == 2, 60)

    for n in range(20):
        graphql(stack.url, LISTING, {"first": 1 + n % 3})

    def both_counted() -> bool:
        query = 'sum by (instance) (newsroom_graphql_requests_total{operation="NewsListing"})'
        return {r["metric"]["instance"] for r in prometheus(stack, query)} == {
            instance(stack, 1),
            instance(stack, 2),
        }

    assert wait_until(both_counted, 60), prometheus(stack, "newsroom_graphql_requests_total")
    [target] = prometheus(
        stack, 'count(newsroom_http_request_duration_seconds_bucket{view="graphql"})'
    )
    assert int(target["value"][1]) > 0


def test_metrics_are_not_served_through_nginx_nor_without_the_token(stack):
    assert requests.get(f"{stack.url}/metrics", timeout=10).status_code == 404
    assert requests.get(f"{stack.app_url(1)}/metrics", timeout=10).status_code == 401
    authorized = {"Authorization": f"Bearer {stack.metrics_token}"}
    scraped = requests.get(f"{stack.app_url(1)}/metrics", headers=authorized, timeout=10)
    assert scraped.status_code == 200
    assert "newsroom_http_requests_total" in scraped.text


def test_with_redis_killed_every_instance_is_ready_but_degraded(stack):
    redis = stack.processes["redis"]
    redis.kill()
    try:
        for number in (1, 2):
            answer = requests.get(f"{stack.app_url(number)}/readyz", timeout=10)
            assert answer.status_code == 200
            assert answer.json()["status"] == "degraded"
            assert answer.json()["checks"]["cache"]["ok"] is False
        assert graphql(stack.url, LISTING, {"first": 2}).status_code == 200
    finally:
        redis.start()
    assert wait_until(
        lambda: requests.get(f"{stack.url}/readyz", timeout=10).json()["status"] == "ok", 30
    )


def test_with_the_primary_stopped_readiness_fails_within_three_seconds(stack):
    stack.primary.stop()
    try:
        started = time.monotonic()
        answer = requests.get(f"{stack.app_url(1)}/readyz", timeout=10)
        elapsed = time.monotonic() - started
        assert answer.status_code == 503
        assert answer.json()["status"] == "fail"
        assert elapsed < 3.8
        assert requests.get(f"{stack.url}/healthz", timeout=10).status_code == 200
    finally:
        stack.primary.start()
    assert wait_until(
        lambda: requests.get(f"{stack.app_url(1)}/readyz", timeout=10).status_code == 200, 60
    )


def test_app_logs_are_json_lines_carrying_the_request_id(stack):
    response = requests.get(
        f"{stack.url}/graphql/?query={{locales{{code}}}}",
        headers={"X-Request-ID": "stack-log-check-1"},
        timeout=10,
    )
    assert response.headers["X-Request-ID"] == "stack-log-check-1"

    def logged() -> list[dict]:
        lines = []
        for number in (1, 2):
            text = stack.processes[f"app-{number}"].tail(10**6)
            lines += [json.loads(line) for line in text.splitlines() if line.strip()]
        return [line for line in lines if line.get("request_id") == "stack-log-check-1"]

    assert wait_until(lambda: len(logged()) == 1, 10)
    [line] = logged()
    assert (line["path"], line["status"], line["logger"]) == ("/graphql/", 200, "newsroom.request")


def test_prometheus_loads_the_shipped_alert_rules(stack):
    response = requests.get(f"{stack.prometheus_url}/api/v1/rules", timeout=10)
    rules = [rule for group in response.json()["data"]["groups"] for rule in group["rules"]]

    assert len(rules) >= 8
    assert wait_until(
        lambda: all(
            rule["health"] == "ok"
            for group in requests.get(f"{stack.prometheus_url}/api/v1/rules", timeout=10).json()[
                "data"
            ]["groups"]
            for rule in group["rules"]
        ),
        30,
    )
