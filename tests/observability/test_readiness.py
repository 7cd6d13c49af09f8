"""`/healthz` and `/readyz` as a load balancer sees them, against gunicorn on production
settings whose database, Redis and S3 are taken down or wedged one at a time."""

import time

import pytest
import requests

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),  # gunicorn sees rows
]

BOUND_SECONDS = 3.0
SLACK_SECONDS = 0.8  # the HTTP round trip and a loaded machine, beyond the checks' bound


def ready(url: str) -> tuple[requests.Response, float]:
    started = time.monotonic()
    response = requests.get(f"{url}/readyz", timeout=30)
    return response, time.monotonic() - started


def test_with_every_dependency_up_readiness_is_ok_with_each_checks_latency(production, deps):
    response, _ = ready(production)

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "storage"}
    for check in body["checks"].values():
        assert check["ok"] is True
        assert 0 <= check["latency_ms"] < BOUND_SECONDS * 1000


def test_probes_are_never_cached(production, deps):
    for path in ("/healthz", "/readyz"):
        response = requests.get(production + path, timeout=30)
        assert "no-store" in response.headers["Cache-Control"], path


def test_with_redis_down_readiness_is_degraded_and_the_api_still_answers(production, deps):
    deps.cache.switch("refuse")

    response, _ = ready(production)
    api = requests.get(f"{production}/graphql/?query={{locales{{code}}}}", timeout=30)

    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["cache"]["ok"] is False
    assert response.json()["checks"]["database"]["ok"] is True
    assert api.status_code == 200


def test_with_s3_down_readiness_is_degraded(production, deps):
    deps.storage.switch("refuse")

    response, _ = ready(production)

    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["storage"]["ok"] is False
    assert "error" in response.json()["checks"]["storage"]


def test_with_the_database_refusing_connections_readiness_fails_with_503(production, deps):
    deps.database.switch("refuse")

    response, elapsed = ready(production)

    assert response.status_code == 503
    assert response.json()["status"] == "fail"
    assert response.json()["checks"]["database"]["ok"] is False
    assert elapsed < BOUND_SECONDS + SLACK_SECONDS


def test_with_a_database_that_hangs_readiness_answers_503_within_three_seconds(production, deps):
    deps.database.switch("hang")

    answers = [ready(production) for _ in range(3)]  # a probe every so often, still hanging

    for response, elapsed in answers:
        assert response.status_code == 503
        assert response.json()["checks"]["database"]["ok"] is False
        assert elapsed < BOUND_SECONDS + SLACK_SECONDS


def test_with_a_wedged_redis_and_s3_readiness_is_degraded_within_three_seconds(production, deps):
    deps.cache.switch("hang")
    deps.storage.switch("hang")

    response, elapsed = ready(production)

    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert elapsed < BOUND_SECONDS + SLACK_SECONDS


def test_liveness_touches_no_dependency(production, deps):
    deps.database.switch("hang")
    deps.cache.switch("refuse")

    started = time.monotonic()
    response = requests.get(f"{production}/healthz", timeout=30)

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert time.monotonic() - started < 1.0


def test_readiness_recovers_once_the_database_is_back(production, deps):
    deps.database.switch("refuse")
    assert ready(production)[0].status_code == 503

    deps.database.switch("forward")

    response, _ = ready(production)
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
