"""CORS: browsers on the configured frontends' origins may read the API, nobody else, and only
the API (the admin and preview stay same-origin)."""

import re

import pytest
import requests
from django.core.exceptions import ImproperlyConfigured

from cms.settings.environment import LOCAL_ORIGINS, cors_origins_from_env

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FRONTEND = "https://www.example.org"


@pytest.fixture(autouse=True)
def _frontend_allowed(settings):
    settings.CORS_ALLOWED_ORIGINS = [FRONTEND]


def preflight(url: str, origin: str) -> requests.Response:
    return requests.options(
        url,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
        timeout=30,
    )


def test_a_preflight_from_an_allowed_origin_is_answered_and_cached_for_a_day(live_server):
    response = preflight(f"{live_server.url}/graphql/", FRONTEND)
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == FRONTEND
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "content-type" in response.headers["Access-Control-Allow-Headers"]
    assert response.headers["Access-Control-Max-Age"] == "86400"


def test_a_preflight_from_another_origin_gets_no_permission(live_server):
    response = preflight(f"{live_server.url}/graphql/", "https://evil.example.net")
    assert "Access-Control-Allow-Origin" not in response.headers


def test_an_api_response_to_an_allowed_origin_may_be_read_by_it(live_server):
    response = requests.get(
        f"{live_server.url}/graphql/",
        params={"query": "{ locales { code } }"},
        headers={"Origin": FRONTEND, "Accept": "application/json"},
        timeout=30,
    )
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == FRONTEND
    assert "origin" in response.headers["Vary"].lower()


def test_the_admin_is_never_shared_across_origins(live_server):
    response = requests.get(
        f"{live_server.url}/admin/login/", headers={"Origin": FRONTEND}, timeout=30
    )
    assert "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [
        ("http://localhost:5173", True),
        ("http://127.0.0.1:3000", True),
        ("http://[::1]:8080", True),
        ("http://localhost", True),
        ("http://localhost.evil.example:3000", False),
        ("https://127.0.0.1.evil.example", False),
    ],
)
def test_dev_allows_a_frontend_on_any_local_port_and_nothing_else(origin, allowed):
    assert bool(re.match(LOCAL_ORIGINS, origin)) is allowed


def test_allowed_origins_come_from_the_environment(monkeypatch):
    monkeypatch.setenv(
        "NEWSROOM_CORS_ALLOWED_ORIGINS", "https://www.example.org, http://[::1]:3000"
    )
    assert cors_origins_from_env() == ["https://www.example.org", "http://[::1]:3000"]


@pytest.mark.parametrize("origin", ["*", "https://www.example.org/", "www.example.org"])
def test_an_origin_that_no_browser_sends_stops_the_process(monkeypatch, origin):
    monkeypatch.setenv("NEWSROOM_CORS_ALLOWED_ORIGINS", origin)
    with pytest.raises(ImproperlyConfigured, match="NEWSROOM_CORS_ALLOWED_ORIGINS"):
        cors_origins_from_env()
