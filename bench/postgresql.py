"""A throwaway PostgreSQL cluster from the machine's binaries, started the way the test suite's
`--postgresql` plugin does (pytest-postgresql's executor and tests/support/pg_ctl.sh)."""

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

from tests.support.postgresql_plugin import start_postgresql

DATABASE = "bench"


@contextmanager
def throwaway_postgresql() -> Iterator[str]:
    """Yields the URL of an empty database; the cluster and its files are gone afterwards."""
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-bench-pg-"))
    server, port = start_postgresql(workdir, DATABASE)
    try:
        with _connect(f"postgresql://postgres@127.0.0.1:{port}/postgres") as conn:
            conn.execute(f"CREATE DATABASE {DATABASE}")
        yield f"postgres://postgres@127.0.0.1:{port}/{DATABASE}"
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def _connect(url: str, seconds: float = 120) -> psycopg.Connection:
    """On a busy machine the server may still be starting up when its port opens."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return psycopg.connect(url, autocommit=True)
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)
