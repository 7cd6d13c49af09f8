"""A throwaway PostgreSQL cluster from the machine's binaries (pytest-postgresql's executor and
infra/pg_ctl.sh), for `make bench` and for the test suite's `--postgresql` pass."""

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from port_for import get_port
from pytest_postgresql.executors import PostgreSQLExecutor

DATABASE = "bench"
PG_CTL = Path(__file__).resolve().parent.parent / "infra" / "pg_ctl.sh"


def start_postgresql(workdir: Path, dbname: str) -> tuple[PostgreSQLExecutor, int]:
    """A PostgreSQL server from the machine's binaries, on a free loopback port, with its
    files in `workdir` (also used by `make bench` for its throwaway cluster)."""
    port = get_port(None)
    server = PostgreSQLExecutor(
        executable=str(PG_CTL),
        host="127.0.0.1",
        port=port,
        datadir=str(workdir / "data"),
        unixsocketdir=str(workdir),
        logfile=str(workdir / "postgresql.log"),
        startparams="-w",
        dbname=dbname,
        user="postgres",
    )
    server.start()
    return server, port


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
