"""`pytest --postgresql`: run the tests marked `postgres` on a real PostgreSQL server.

The server is started with pytest-postgresql's executor from the machine's binaries before
Django is set up, because parts of Wagtail (the search index's vector columns) choose their
field types from the database vendor at import time: the database cannot be swapped later.
"""

import os
import tempfile
from pathlib import Path

import pytest
from pytest_postgresql.executors import PostgreSQLExecutor

from bench.postgresql import start_postgresql

_server: PostgreSQLExecutor | None = None


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--postgresql",
        action="store_true",
        help="Run the tests marked 'postgres' against a real PostgreSQL (pytest-postgresql).",
    )


@pytest.hookimpl(wrapper=True)
def pytest_load_initial_conftests(early_config, parser, args):
    if early_config.known_args_namespace.postgresql:
        start_server()
    return (yield)


def start_server() -> None:
    global _server
    _server, port = start_postgresql(Path(tempfile.mkdtemp(prefix="newsroom-pg-")), "newsroom")
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test_postgresql"
    os.environ["NEWSROOM_TEST_DATABASE_URL"] = f"postgres://postgres@127.0.0.1:{port}/newsroom"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("--postgresql"):
        # Tests that need the real server (e.g. the production smoke test) run only there.
        deselected = [item for item in items if item.get_closest_marker("postgres_only")]
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("postgres_only")]
        return
    deselected = [item for item in items if not item.get_closest_marker("postgres")]
    config.hook.pytest_deselected(items=deselected)
    items[:] = [item for item in items if item.get_closest_marker("postgres")]


def pytest_unconfigure(config: pytest.Config) -> None:
    if _server is not None and _server.running():
        _server.stop()
