"""A production gunicorn whose database, Redis and S3 each sit behind a switchable loopback
proxy (tests/support/switchable_tcp.py), so a test can take one of them down, or wedge it."""

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection
from port_for import get_port

from tests.support.production_server import gunicorn, production_env
from tests.support.s3 import moto_s3  # noqa: F401 (the s3 fixture)
from tests.support.switchable_tcp import SwitchableTcp

METRICS_TOKEN = "observability-test-metrics-token"


@dataclass
class Dependencies:
    database: SwitchableTcp
    cache: SwitchableTcp
    storage: SwitchableTcp

    def all_up(self) -> None:
        for proxy in (self.database, self.cache, self.storage):
            proxy.switch("forward")


@pytest.fixture(scope="module")
def redis_port():
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server is missing: bash infra/install-system-deps.sh stack")
    port = get_port(None)
    server = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "",
         "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    yield port
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def dependencies(django_db_setup, django_db_blocker, redis_port, s3):
    with django_db_blocker.unblock():
        port = int(connection.settings_dict["PORT"] or 5432)
    proxies = Dependencies(
        database=SwitchableTcp(port),
        cache=SwitchableTcp(redis_port),
        storage=SwitchableTcp(urlsplit(s3.url).port),
    )
    yield proxies
    for proxy in (proxies.database, proxies.cache, proxies.storage):
        proxy.close()


@pytest.fixture(scope="module")
def production_log(tmp_path_factory) -> Path:
    """What the production gunicorn writes (its stdout and stderr: the app's log lines)."""
    return tmp_path_factory.mktemp("production") / "gunicorn.log"


@pytest.fixture(scope="module")
def production(dependencies, s3, django_db_blocker, production_log):
    """Base URL of gunicorn on production settings, its dependencies behind the proxies."""
    with django_db_blocker.unblock():
        db = connection.settings_dict
        bucket = s3.new_bucket()
    log = production_log
    database_url = (
        f"postgres://{db['USER']}@127.0.0.1:{dependencies.database.port}/"
        + connection.creation._get_test_db_name()
    )

    def env(port: int) -> dict[str, str]:
        return production_env(
            port,
            database_url,
            CACHE_URL=f"redis://127.0.0.1:{dependencies.cache.port}/0",
            AWS_S3_ENDPOINT_URL=f"http://127.0.0.1:{dependencies.storage.port}",
            AWS_STORAGE_BUCKET_NAME=bucket,
            DATABASE_CONN_MAX_AGE="0",
            NEWSROOM_METRICS_TOKEN=METRICS_TOKEN,
            DJANGO_STATIC_ROOT=str(log.parent / "static"),
        )

    with gunicorn(env, log) as url:
        yield url
    print(log.read_text()[-6000:])  # shown when a test fails


@pytest.fixture
def deps(dependencies):
    """The dependencies, all back up after the test whatever it broke."""
    dependencies.all_up()
    yield dependencies
    dependencies.all_up()
