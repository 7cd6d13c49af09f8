"""The API over real HTTP: pytest-django's live server, clients from outside (Node, urllib)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import requests

from tests.factories import ImageFactory, PressReleasePageFactory
from tests.support.live_server import _restorable_database  # noqa: F401 (autouse fixture)

AUDIT = Path(__file__).resolve().parent / "audit"

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run_node(script: str, *arguments: str, timeout: float = 180) -> list[dict]:
    """Runs a script of tests/http/audit (its packages from `make node-test-deps`) and returns
    the JSON objects it prints, one a line."""
    node = shutil.which("node")
    assert node, "Node.js is missing: `make test` installs it (infra/install-system-deps.sh)"
    assert (AUDIT / "node_modules").is_dir(), "run `make node-test-deps` first"
    completed = subprocess.run(
        [node, script, *arguments],
        cwd=AUDIT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    return [json.loads(line) for line in completed.stdout.splitlines() if line.strip()]


def get_graphql(live_server, query: str, **headers) -> requests.Response:
    """A GET of /graphql/ with the query in the URL, as a CDN-cacheable client sends it."""
    return requests.get(
        f"{live_server.url}/graphql/",
        params={"query": query},
        headers={"Accept": "application/json", **headers},
        timeout=30,
    )


@pytest.fixture
def second_live_server(live_server):
    """Another live server on its own port, same process and database: the same CMS reached
    through a second host:port."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("127.0.0.1")
    yield server
    server.stop()


@pytest.fixture
def published_photo(newsroom):
    """A live press release whose hero image is a real 1600 x 900 file on local disk."""
    return PressReleasePageFactory(
        parent=newsroom,
        slug="photo",
        hero_image=ImageFactory(file__width=1600, file__height=900),
    )
