"""A real HTTP endpoint on loopback that frontends' webhook receivers stand in for, and the
django-tasks database worker run for real in batch mode."""

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command


@dataclass
class ReceivedRequest:
    path: str
    headers: dict[str, str]
    body: bytes
    method: str = "POST"


@dataclass
class WebhookReceiver:
    """Answers with the queued status codes in order, then 204 for ever; a 3xx points at
    `redirect_to`, and every answer carries `body`."""

    url: str = ""
    statuses: list[int] = field(default_factory=list)
    received: list[ReceivedRequest] = field(default_factory=list)
    redirect_to: str = ""
    body: bytes = b""


@pytest.fixture
def webhook_receiver() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            request = ReceivedRequest(self.path, dict(self.headers), body, self.command)
            with lock:
                receiver.received.append(request)
                status = receiver.statuses.pop(0) if receiver.statuses else 204
            self.send_response(status)
            if 300 <= status < 400 and receiver.redirect_to:
                self.send_header("Location", receiver.redirect_to)
            self.send_header("Content-Length", str(len(receiver.body)))
            self.end_headers()
            self.wfile.write(receiver.body)

        do_GET = do_POST

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/newsroom"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield receiver
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def webhooks_to(settings, webhook_receiver: WebhookReceiver) -> WebhookReceiver:
    settings.NEWSROOM_WEBHOOK_URLS = [webhook_receiver.url]
    settings.NEWSROOM_WEBHOOK_SECRET = "frontend-shared-secret"
    settings.NEWSROOM_WEBHOOK_RETRY_BASE_SECONDS = 30
    settings.NEWSROOM_WEBHOOK_MAX_ATTEMPTS = 3
    settings.NEWSROOM_WEBHOOK_TIMEOUT_SECONDS = 5
    return webhook_receiver


def run_webhook_worker() -> None:
    """Runs every webhook task that is due now, as the production worker does."""
    call_command("run_webhook_worker", "--batch", "--interval=0", "--no-startup-delay", verbosity=0)
