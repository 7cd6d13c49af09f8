"""Errors reach Sentry through sentry-sdk's Django integration: a local stand-in for Sentry's
ingest endpoint receives the event, with release and environment, and no personal data."""

import gzip
import json
import subprocess
import sys
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import sentry_sdk
from django.test import Client

from cms.observability.errors import init_sentry
from tests.support.production_server import ROOT, production_env

pytestmark = pytest.mark.django_db


@pytest.fixture
def sentry_ingest():
    """Sentry's envelope endpoint on loopback; yields (dsn, the events it received)."""
    events: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if self.headers.get("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
            elif self.headers.get("Content-Encoding") == "deflate":
                body = zlib.decompress(body)
            for line in body.splitlines():
                item = json.loads(line) if line.startswith(b"{") else None
                if item and "exception" in item:
                    events.append(item)
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://publickey@127.0.0.1:{server.server_address[1]}/1", events
    server.shutdown()
    server.server_close()


@pytest.fixture
def reporting(sentry_ingest, settings):
    dsn, events = sentry_ingest
    settings.ROOT_URLCONF = "tests.observability.raising_urls"
    init_sentry(dsn, environment="staging", release="newsroom-cms@1.2.3")
    yield events
    sentry_sdk.get_client().close()
    sentry_sdk.init(dsn=None)


def test_an_unhandled_error_is_delivered_with_release_and_environment(reporting):
    client = Client(raise_request_exception=False)
    response = client.get(
        "/broken/", headers={"X-Request-ID": "sentry-req-1", "Cookie": "sessionid=secret"}
    )
    sentry_sdk.flush(timeout=10)

    assert response.status_code == 500
    [event] = reporting
    assert event["environment"] == "staging"
    assert event["release"] == "newsroom-cms@1.2.3"
    assert event["exception"]["values"][-1]["value"] == "newsroom sentry test failure"
    assert event["tags"]["request_id"] == "sentry-req-1"


def test_no_personal_data_is_sent(reporting, admin_user):
    client = Client(raise_request_exception=False, REMOTE_ADDR="203.0.113.9")
    client.force_login(admin_user)
    client.get("/broken/")
    sentry_sdk.flush(timeout=10)

    [event] = reporting
    text = json.dumps(event)
    assert "203.0.113.9" not in text
    assert admin_user.username not in text and admin_user.email not in text
    assert "sessionid" not in json.dumps(event.get("request", {}).get("cookies", {}))
    assert "user" not in event or "ip_address" not in event["user"]


def test_production_settings_turn_reporting_on_from_sentry_dsn(sentry_ingest):
    dsn, _ = sentry_ingest
    env = production_env(8000, "postgres://nobody@127.0.0.1:1/none", SENTRY_DSN=dsn,
                         SENTRY_RELEASE="newsroom-cms@9.9.9", AWS_S3_ENDPOINT_URL="http://127.0.0.1:1")  # fmt: skip
    code = (
        "import sentry_sdk; o = sentry_sdk.get_client().options; "
        "print(o['dsn'], o['environment'], o['release'], bool(o['send_default_pii']))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr[-2000:]
    last_line = result.stdout.strip().splitlines()[-1]
    assert last_line.split() == [dsn, "production", "newsroom-cms@9.9.9", "False"]
