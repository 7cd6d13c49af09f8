"""Clients for the stack tests: GraphQL requests over real HTTP, steady background traffic, a
webhook receiver and enough of a browser for the admin."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

from cms.api.http.contract import documents

LISTING = documents()["NewsListing"]
ARTICLE = documents()["Article"]
CACHE_HEADER = "X-Newsroom-Cache"


def graphql(
    base_url: str,
    query: str,
    variables: dict | None = None,
    session: requests.Session | None = None,
    host: str | None = None,
) -> requests.Response:
    """`host`: the Host header, e.g. the public one nginx forwards, when calling an instance
    directly (answers and cache keys follow the host the client used)."""
    sender = session or requests
    return sender.post(
        base_url + "/graphql/",
        json={"query": query, "variables": variables or {}},
        headers={"Host": host} if host else None,
        timeout=30,
    )


def listing_titles(base_url: str, first: int = 50, **variables) -> list[str]:
    response = graphql(base_url, LISTING, {"first": first, **variables})
    assert response.status_code == 200, response.text[:500]
    payload = response.json()
    assert not payload.get("errors"), payload
    return [edge["node"]["title"] for edge in payload["data"]["newsItems"]["edges"]]


@dataclass
class Outcome:
    at: float
    status: int  # 0: no HTTP answer at all (connection refused or reset)
    cache: str | None
    body: bytes
    headers: dict[str, str]


@dataclass
class Traffic:
    """`threads` clients sending `make_request(n)` back to back until the block ends."""

    base_url: str
    make_request: Callable[[int], tuple[str, dict]]
    threads: int = 6
    outcomes: list[Outcome] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _workers: list[threading.Thread] = field(default_factory=list)

    def __enter__(self) -> Traffic:
        counter = iter(range(10**9))
        lock = threading.Lock()

        def run() -> None:
            session = requests.Session()
            while not self._stop.is_set():
                with lock:
                    n = next(counter)
                query, variables = self.make_request(n)
                try:
                    response = graphql(self.base_url, query, variables, session)
                    outcome = Outcome(
                        time.monotonic(),
                        response.status_code,
                        response.headers.get(CACHE_HEADER),
                        response.content,
                        dict(response.headers),
                    )
                except requests.RequestException as error:
                    outcome = Outcome(time.monotonic(), 0, None, str(error).encode(), {})
                with lock:
                    self.outcomes.append(outcome)

        self._workers = [threading.Thread(target=run, daemon=True) for _ in range(self.threads)]
        for worker in self._workers:
            worker.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        for worker in self._workers:
            worker.join(timeout=60)

    def statuses(self) -> Counter:
        return Counter(outcome.status for outcome in self.outcomes)

    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status != 200 or b'"errors"' in o.body]


class WebhookReceiver:
    """The frontend's webhook endpoint on loopback: records every delivery's JSON body."""

    def __init__(self) -> None:
        self.events: list[dict] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.events.append(json.loads(body or b"{}"))
                self.send_response(204)
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def wait_until(condition: Callable[[], bool], timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


class CountingEndpoint:
    """Listens where a stopped service was and counts every connection made to it, answering
    503: proves that nothing tried to reach that service."""

    def __init__(self, port: int) -> None:
        self.connections = 0
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def handle(self) -> None:
                endpoint.connections += 1
                self.wfile.write(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n")

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
