"""The request id and the JSON log line, as gunicorn on production settings writes them."""

import json
import re
import time

import pytest
import requests

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

GENERATED = re.compile(r"^[0-9a-f]{32}$")


def log_lines(path, request_id: str, timeout: float = 10) -> list[dict]:
    """The JSON lines carrying `request_id` (they reach the file a moment after the answer)."""
    deadline = time.monotonic() + timeout
    while True:
        lines = [json.loads(line) for line in path.read_text().splitlines() if line.startswith("{")]
        found = [line for line in lines if line.get("request_id") == request_id]
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def test_every_line_of_the_production_log_is_a_json_object(production, production_log):
    requests.get(f"{production}/graphql/?query={{locales{{code}}}}", timeout=30)
    time.sleep(0.5)

    lines = [line for line in production_log.read_text().splitlines() if line.strip()]

    assert lines
    for line in lines:
        if line.startswith("{"):
            entry = json.loads(line)
            assert {"timestamp", "level", "logger", "message"} <= set(entry), line
    assert all(line.startswith("{") for line in lines if "logger" in line)


def test_a_request_is_logged_once_with_its_id_method_path_status_duration_and_operation(
    production, production_log
):
    response = requests.get(
        f"{production}/graphql/?query=query LogMe {{locales{{code}}}}",
        headers={"X-Request-ID": "edge-7f3a:01"},
        timeout=30,
    )

    assert response.headers["X-Request-ID"] == "edge-7f3a:01"
    [line] = log_lines(production_log, "edge-7f3a:01")
    assert line["logger"] == "newsroom.request"
    assert line["level"] == "info"
    assert (line["method"], line["path"], line["status"]) == ("GET", "/graphql/", 200)
    assert line["graphql_operation"] == "LogMe"
    assert isinstance(line["duration_ms"], float)
    assert line["timestamp"].endswith("Z")


@pytest.mark.parametrize(
    "offered",
    ["x" * 129, "two words", "semi;colon", "<script>", "ünïcode"],
    ids=["too-long", "space", "semicolon", "markup", "non-ascii"],
)
def test_an_unsafe_incoming_request_id_is_replaced_by_a_new_one(production, offered):
    response = requests.get(
        f"{production}/graphql/?query={{locales{{code}}}}",
        headers={"X-Request-ID": offered.encode("utf-8")},
        timeout=30,
    )

    assert GENERATED.match(response.headers["X-Request-ID"])


def test_without_an_incoming_id_one_is_made_and_echoed(production):
    response = requests.get(f"{production}/graphql/?query={{locales{{code}}}}", timeout=30)

    assert GENERATED.match(response.headers["X-Request-ID"])


def test_probes_are_not_logged_at_info(production, production_log, deps):
    marker = "probe-not-logged-0001"
    for path in ("/healthz", "/readyz"):
        requests.get(production + path, headers={"X-Request-ID": marker}, timeout=30)
    requests.get(f"{production}/graphql/?query={{locales{{code}}}}", timeout=30)
    time.sleep(0.5)

    text = production_log.read_text()
    assert '"path": "/healthz"' not in text
    assert '"path": "/readyz"' not in text
    assert "/readyz" not in text
