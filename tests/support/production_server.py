"""gunicorn on `cms.settings.production`, started as an operator starts it, for tests that
need the real process model (workers, logging, settings read from the environment)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
from port_for import get_port

from tests.support.s3 import ACCESS_KEY, REGION, SECRET_KEY

ROOT = Path(__file__).resolve().parents[2]


def production_env(port: int, database_url: str, **overrides: str) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "AWS_"))},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_SECRET_KEY": "observability-test-secret-key-long-enough-0123456789-abcdefghij",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_CSRF_TRUSTED_ORIGINS": f"https://127.0.0.1:{port}",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "WAGTAILADMIN_BASE_URL": f"https://127.0.0.1:{port}",
        "NEWSROOM_FRONTEND_BASE_URL": "https://www.example.org",
        "DATABASE_URL": database_url,
        "CACHE_URL": "locmem://",
        "EMAIL_HOST": "127.0.0.1",
        "DEFAULT_FROM_EMAIL": "press@example.org",
        "NEWSROOM_EMBARGO_IP_HASH_KEY": "observability-test-ip-hash-key",
        "AWS_STORAGE_BUCKET_NAME": "unused",
        "AWS_S3_REGION_NAME": REGION,
        "AWS_ACCESS_KEY_ID": ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
        "AWS_S3_CONNECT_TIMEOUT": "0.5",
        "AWS_S3_READ_TIMEOUT": "1",
        "AWS_S3_MAX_ATTEMPTS": "1",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        **overrides,
    }


@contextmanager
def gunicorn(env_for_port, log: Path, timeout: float = 120) -> Iterator[str]:
    """Runs gunicorn with `env_for_port(port)` until the block ends; yields its base URL.
    Ready once /healthz answers (no dependency needed for that)."""
    port = get_port(None)
    base_url = f"http://127.0.0.1:{port}"
    binary = str(Path(sys.executable).with_name("gunicorn"))
    server = subprocess.Popen(
        [binary, "-c", "infra/gunicorn.conf.py", "--no-control-socket", "cms.wsgi"],
        cwd=ROOT,
        env=env_for_port(port),
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            if server.poll() is not None:
                raise AssertionError(f"gunicorn exited: {log.read_text()[-3000:]}")
            try:
                requests.get(f"{base_url}/healthz", timeout=5)
                break
            except requests.RequestException:
                if time.monotonic() > deadline:
                    raise AssertionError(f"gunicorn did not answer within {timeout} s") from None
                time.sleep(0.2)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=30)
