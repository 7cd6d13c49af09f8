"""HTTP caching as a CDN and a browser see it: anonymous public GETs are shareable with a
strong ETag and 304s; signed-in, preview, POST and error responses are never stored."""

import pytest
import requests
from django.contrib.auth import get_user_model
from django.test import Client

from newsroom_pages.cache_tags import cache_tags
from newsroom_pages.paths import frontend_path
from tests.factories import PressReleasePageFactory
from tests.http.conftest import get_graphql

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LISTING = "{ newsItems(first: 5) { edges { node { title urlPath } } } }"


def get(live_server, query: str = LISTING, **headers) -> requests.Response:
    return get_graphql(live_server, query, **headers)


@pytest.fixture
def item(newsroom):
    return PressReleasePageFactory(parent=newsroom, title="Libya: release the protesters")


def test_an_anonymous_listing_get_is_public_for_browsers_and_cdns(live_server, item):
    response = get(live_server, **{"Accept-Language": "ar"})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == (
        "public, max-age=60, s-maxage=300, stale-while-revalidate=60"
    )
    assert response.headers["ETag"].startswith('"')  # strong: no W/ prefix


def test_a_public_response_varies_only_on_what_changes_it(live_server, item):
    vary = {h.strip().lower() for h in get(live_server).headers["Vary"].split(",")}
    assert "accept" in vary
    assert not vary & {"cookie", "accept-language"}


def test_the_same_etag_answers_304_without_a_body(live_server, item):
    first = get(live_server)
    again = get(live_server, **{"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["ETag"] == first.headers["ETag"]
    assert again.headers["Cache-Control"] == first.headers["Cache-Control"]
    assert again.headers["Cache-Tag"] == first.headers["Cache-Tag"]
    assert again.headers["Surrogate-Key"] == first.headers["Surrogate-Key"]


def test_a_publish_changes_the_etag_so_the_old_one_gets_the_new_body(live_server, item, newsroom):
    before = get(live_server).headers["ETag"]
    PressReleasePageFactory(parent=newsroom, title="Yemen: a second release")
    after = get(live_server, **{"If-None-Match": before})
    assert after.status_code == 200
    assert after.headers["ETag"] != before
    assert "Yemen: a second release" in after.text


def test_cache_lifetimes_come_from_the_settings(live_server, item, settings):
    settings.NEWSROOM_HTTP_CACHE = {"MAX_AGE": 5, "S_MAXAGE": 600, "STALE_WHILE_REVALIDATE": 30}
    assert get(live_server).headers["Cache-Control"] == (
        "public, max-age=5, s-maxage=600, stale-while-revalidate=30"
    )


@pytest.mark.parametrize(
    "query",
    ["{ newsItems(first: 5) { edges { node { nope } } } }", "{ newsItems(first: 5) {"],
    ids=["validation-error", "syntax-error"],
)
def test_an_error_response_is_never_stored(live_server, item, query):
    response = get(live_server, query)
    assert response.headers["Cache-Control"] == "private, no-store"
    assert "ETag" not in response.headers


def test_a_preview_request_is_never_stored(live_server, item):
    query = '{ page(previewToken: "forged", id: 1) { title } }'
    assert get(live_server, query).headers["Cache-Control"] == "private, no-store"


def test_a_post_is_never_stored(live_server, item):
    response = requests.post(f"{live_server.url}/graphql/", json={"query": LISTING}, timeout=30)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "private, no-store"


def test_a_signed_in_response_is_never_stored(live_server, item):
    user = get_user_model().objects.create_user("editor", password="x-long-password-1")
    client = Client()
    client.force_login(user)
    session = client.cookies["sessionid"].value
    response = get(live_server, **{"Cookie": f"sessionid={session}"})
    assert response.headers["Cache-Control"] == "private, no-store"


def test_a_refused_request_is_never_stored(live_server):
    oversize = {"query": "{ locales { " + "code " * 20_000 + "} }"}
    response = requests.post(f"{live_server.url}/graphql/", json=oversize, timeout=30)
    assert response.status_code == 413
    assert response.headers["Cache-Control"] == "private, no-store"


def tags_of(response: requests.Response) -> set[str]:
    tags = set(response.headers["Cache-Tag"].split(","))
    assert tags == set(response.headers["Surrogate-Key"].split(" "))
    return tags


def test_a_listing_is_tagged_so_the_webhooks_purge_it(live_server, item):
    tags = tags_of(get(live_server))
    assert {"newsitems", f"page:{item.pk}", f"translations:{item.translation_key}"} <= tags
    assert tags <= set(cache_tags(item))


def test_a_page_is_tagged_with_itself_and_its_language_versions(live_server, item):
    query = "{ page(urlPath: " + f'"{frontend_path(item)}"' + ") { title } }"
    tags = tags_of(get(live_server, query))
    assert tags == {f"page:{item.pk}", f"translations:{item.translation_key}"}


def test_a_page_not_found_is_purged_by_the_next_news_publish(live_server, item):
    tags = tags_of(get(live_server, '{ page(urlPath: "/newsroom/not-yet/") { title } }'))
    assert tags == {"newsitems"}


def test_a_cached_response_keeps_its_tags_and_language(live_server, item, settings):
    settings.NEWSROOM_API_CACHE_ENABLED = True
    first = get(live_server)
    hit = get(live_server)
    assert hit.headers["X-Newsroom-Cache"] == "hit"
    assert tags_of(hit) == tags_of(first)
    assert hit.headers["Content-Language"] == first.headers["Content-Language"]


def test_content_language_is_the_datas_locale_not_the_readers(live_server, item):
    response = get(live_server, **{"Accept-Language": "ar"})
    assert response.headers["Content-Language"] == "en"
