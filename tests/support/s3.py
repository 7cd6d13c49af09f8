"""A real S3 HTTP endpoint on loopback (moto's threaded server) and a loopback proxy that makes
it fail the way real storage fails: slow, or answering 5xx."""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import boto3
import pytest
from botocore.config import Config
from moto.server import ThreadedMotoServer

ACCESS_KEY = "testing-access-key"
SECRET_KEY = "testing-secret-key"
REGION = "us-east-1"


@dataclass
class S3Endpoint:
    server: ThreadedMotoServer
    url: str

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.url,
            region_name=REGION,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            config=Config(s3={"addressing_style": "path"}),
        )

    def new_bucket(self, location: str = "") -> str:
        """A bucket set up as docs/operators/media-storage.md tells operators: renditions are publicly readable."""
        from cms.media.storage import public_renditions_policy

        name = f"media-{uuid.uuid4().hex[:12]}"
        client = self.client()
        client.create_bucket(Bucket=name)
        policy = public_renditions_policy(name, location)
        client.put_bucket_policy(Bucket=name, Policy=json.dumps(policy))
        return name

    def keys(self, bucket: str) -> list[str]:
        listing = self.client().list_objects_v2(Bucket=bucket)
        return sorted(item["Key"] for item in listing.get("Contents", []))


def start_moto() -> S3Endpoint:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    return S3Endpoint(server=server, url=f"http://{host}:{port}")


@pytest.fixture(scope="module", name="s3")
def moto_s3() -> Iterator[S3Endpoint]:
    """moto on loopback for the tests of one module (import it into the module or conftest)."""
    endpoint = start_moto()
    yield endpoint
    endpoint.server.stop()


def closed_port_url() -> str:
    """A loopback URL on which nothing listens: "connection refused", as when storage is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def storage_options(endpoint_url: str, bucket: str, **overrides) -> dict:
    """OPTIONS for cms.media.storage.NewsroomS3Storage as production builds them, with short
    timeouts so that fault tests stay fast."""
    from cms.media.storage import s3_storage_options

    env = {
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": endpoint_url,
        "AWS_S3_REGION_NAME": REGION,
        "AWS_ACCESS_KEY_ID": ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
        "AWS_S3_CONNECT_TIMEOUT": "0.5",
        "AWS_S3_READ_TIMEOUT": "0.5",
        "AWS_S3_MAX_ATTEMPTS": "2",
        **overrides,
    }
    return s3_storage_options(env)


@dataclass
class FaultProxy:
    """An HTTP endpoint on loopback that stands in for the storage: `status` answers every
    request with that error, `delay` holds every request that long and then hangs up. Nothing
    is ever forwarded, so nothing can be stored behind it."""

    status: int | None = None
    delay: float = 0.0
    requests: int = 0
    _server: ThreadingHTTPServer | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FaultProxy:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def handle_any(self) -> None:
                proxy.requests += 1
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                if proxy.delay:
                    time.sleep(proxy.delay)
                    self.close_connection = True
                    return
                body = (
                    b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>ServiceUnavailable'
                    b"</Code><Message>Injected fault</Message></Error>"
                )
                self.send_response(proxy.status or 503)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            do_GET = do_PUT = do_POST = do_HEAD = do_DELETE = handle_any

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def counting_s3_calls() -> Iterator[list[str]]:
    """Names of the S3 API calls (HeadObject, PutObject...) that the media storage's boto3
    clients make in this thread while the block runs, counted through botocore's events."""
    from django.core.files.storage import default_storage

    calls: list[str] = []

    def record(model, **kwargs) -> None:
        calls.append(model.name)

    clients = [default_storage.connection.meta.client]
    clients.append(default_storage.unsigned_connection.meta.client)
    for client in clients:
        client.meta.events.register("before-call.s3", record)
    try:
        yield calls
    finally:
        for client in clients:
            client.meta.events.unregister("before-call.s3", record)
