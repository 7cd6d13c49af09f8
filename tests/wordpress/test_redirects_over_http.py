"""Old WordPress addresses over real HTTP: the site's 404 handler redirects them to the
imported page and `redirect(path:)` finds them for a frontend, but never towards a draft."""

import pytest
import requests

from newsroom_pages.pages import NewsItemPage
from tests.support.live_server import _restorable_database  # noqa: F401 (autouse fixture)

from .conftest import run_import
from .test_mapping import export

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FRONTEND = "https://www.example.org"
REDIRECT = "query($path: String!) { redirect(path: $path) { toPath toUrl isPermanent } }"


@pytest.fixture
def imported(newsroom, chief, tmp_path, settings):
    settings.NEWSROOM_FRONTEND_BASE_URL = FRONTEND
    run_import(
        export(tmp_path, [{"slug": "torture-report"}, {"slug": "secret-plan", "status": "draft"}]),
        chief,
        tmp=tmp_path,
    )
    return NewsItemPage.objects.get(slug="torture-report")


def get(url: str) -> requests.Response:
    return requests.get(url, allow_redirects=False, timeout=30)


def graphql(live_server, path: str) -> dict:
    response = requests.post(
        f"{live_server.url}/graphql/",
        json={"query": REDIRECT, "variables": {"path": path}},
        timeout=30,
    )
    assert response.status_code == 200
    return response.json()["data"]["redirect"]


def test_an_old_permalink_is_redirected_permanently_to_the_page(live_server, imported):
    response = get(f"{live_server.url}/2020/05/torture-report/")
    assert response.status_code == 301
    assert response.headers["Location"] == f"{FRONTEND}/newsroom/torture-report/"


def test_the_old_post_id_link_is_redirected_too(live_server, imported):
    response = get(f"{live_server.url}/?p=1")
    assert response.status_code == 301
    assert response.headers["Location"] == f"{FRONTEND}/newsroom/torture-report/"


def test_redirect_finds_old_paths_for_a_frontends_404_handler(live_server, imported):
    assert graphql(live_server, "/2020/05/torture-report/") == {
        "toPath": "/newsroom/torture-report/",
        "toUrl": f"{FRONTEND}/newsroom/torture-report/",
        "isPermanent": True,
    }
    assert graphql(live_server, "/?p=1")["toPath"] == "/newsroom/torture-report/"
    assert graphql(live_server, "/2020/05/torture-report/?utm_source=x")["toPath"] == (
        "/newsroom/torture-report/"
    )


def test_a_drafts_old_address_stays_not_found_and_never_tells_its_new_one(live_server, imported):
    response = get(f"{live_server.url}/2020/05/secret-plan/")
    assert response.status_code == 404
    assert "secret-plan" not in response.headers.get("Location", "")
    assert graphql(live_server, "/2020/05/secret-plan/") is None
