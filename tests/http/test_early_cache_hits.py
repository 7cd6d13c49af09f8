"""Cache hits answered before the middleware stack (cms/api/http/cache/early_hit.py), as a client
sees them over HTTP: the same bytes and headers as a hit through the whole stack, CORS and
HTTP caching intact, and never for a request that may be personal."""

import pytest
import requests
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client

from cms.api.http.views import NewsroomGraphQLView
from tests.factories import PressReleasePageFactory
from tests.http.conftest import get_graphql

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LISTING = "{ newsItems(first: 5) { edges { node { title urlPath } } } }"
FRONTEND = "https://www.example.org"
PER_ANSWER = {"date", "x-newsroom-cache", "x-request-id"}


@pytest.fixture(autouse=True)
def response_cache_on(settings):
    settings.NEWSROOM_API_CACHE_ENABLED = True
    settings.CORS_ALLOWED_ORIGINS = [FRONTEND]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def item(newsroom):
    return PressReleasePageFactory(parent=newsroom, title="Libya: release the protesters")


@pytest.fixture
def view_answers(monkeypatch) -> list[str]:
    """The queries that reached the GraphQL view (an early hit never does)."""
    reached: list[str] = []
    answer = NewsroomGraphQLView.answer

    def counted(request):
        reached.append(request.GET.get("query", ""))
        return answer(request)

    monkeypatch.setattr(NewsroomGraphQLView, "answer", staticmethod(counted))
    return reached


def get(live_server, query: str = LISTING, **headers) -> requests.Response:
    return get_graphql(live_server, query, **headers)


def signed_in_cookie() -> str:
    user = get_user_model().objects.create_user("editor", password="x-long-password-1")
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"


def test_a_repeated_anonymous_get_is_answered_without_reaching_the_view(
    live_server, item, view_answers
):
    first, again = get(live_server), get(live_server)
    assert first.headers["X-Newsroom-Cache"] == "miss"
    assert again.headers["X-Newsroom-Cache"] == "hit"
    assert again.content == first.content
    assert len(view_answers) == 1


def test_an_early_hit_has_the_headers_of_a_hit_through_the_whole_stack(
    live_server, item, view_answers
):
    get(live_server)
    early = get(live_server, Origin=FRONTEND)
    through_the_stack = get(live_server, Origin=FRONTEND, Cookie="theme=dark")
    assert len(view_answers) == 2
    assert through_the_stack.headers["X-Newsroom-Cache"] == "hit"
    assert early.content == through_the_stack.content
    assert {k.lower(): v for k, v in early.headers.items() if k.lower() not in PER_ANSWER} == {
        k.lower(): v for k, v in through_the_stack.headers.items() if k.lower() not in PER_ANSWER
    }


def test_an_early_hit_keeps_cors_for_an_allowed_origin(live_server, item):
    get(live_server, Origin=FRONTEND)
    hit = get(live_server, Origin=FRONTEND)
    assert hit.headers["X-Newsroom-Cache"] == "hit"
    assert hit.headers["Access-Control-Allow-Origin"] == FRONTEND
    assert "origin" in hit.headers["Vary"].lower()


def test_an_early_hit_gives_no_cors_to_another_origin(live_server, item):
    get(live_server, Origin=FRONTEND)
    hit = get(live_server, Origin="https://evil.example.net")
    assert hit.headers["X-Newsroom-Cache"] == "hit"
    assert "Access-Control-Allow-Origin" not in hit.headers


def test_an_early_hit_is_public_and_revalidates_with_its_etag(live_server, item):
    get(live_server)
    hit = get(live_server)
    assert hit.headers["Cache-Control"].startswith("public, ")
    assert {v.strip() for v in hit.headers["Vary"].lower().split(",")} >= {"accept"}
    assert "cookie" not in hit.headers["Vary"].lower()
    unchanged = get(live_server, **{"If-None-Match": hit.headers["ETag"]})
    assert unchanged.status_code == 304
    assert unchanged.content == b""


def test_an_early_hit_answers_in_the_media_type_the_client_asked_for(live_server, item):
    get(live_server)
    new_media = get(live_server, Accept="application/graphql-response+json")
    legacy = get(live_server)
    assert new_media.headers["Content-Type"].startswith("application/graphql-response+json")
    assert legacy.headers["Content-Type"].startswith("application/json")
    assert new_media.content == legacy.content


def test_a_signed_in_reader_never_gets_the_anonymous_hit(live_server, item, view_answers):
    get(live_server)
    get(live_server)
    signed_in = get(live_server, Cookie=signed_in_cookie())
    assert signed_in.headers["Cache-Control"] == "private, no-store"
    assert "X-Newsroom-Cache" not in signed_in.headers
    assert len(view_answers) == 2


def test_a_request_with_credentials_is_never_answered_early(live_server, item, view_answers):
    get(live_server)
    get(live_server)
    with_credentials = get(live_server, Authorization="Bearer someone")
    assert with_credentials.headers["Cache-Control"] == "private, no-store"
    assert len(view_answers) == 2


def test_a_preview_request_always_reaches_the_view(live_server, item, view_answers):
    query = '{ page(previewToken: "forged", id: 1) { title } }'
    for _ in range(3):
        assert get(live_server, query).headers["Cache-Control"] == "private, no-store"
    assert len(view_answers) == 3


def test_an_error_answer_is_never_answered_early(live_server, item, view_answers):
    query = "{ newsItems(first: 5) { edges { node { nope } } } }"
    for _ in range(2):
        assert "X-Newsroom-Cache" not in get(live_server, query).headers
    assert len(view_answers) == 2


def test_a_publish_is_seen_by_the_next_request(live_server, item):
    get(live_server)
    assert get(live_server).headers["X-Newsroom-Cache"] == "hit"
    item.title = "Libya: the protesters are free"
    item.save_revision().publish()
    after = get(live_server)
    assert after.headers["X-Newsroom-Cache"] == "miss"
    assert "the protesters are free" in after.text


def test_an_unpublish_is_seen_by_the_next_request(live_server, item):
    get(live_server)
    assert get(live_server).headers["X-Newsroom-Cache"] == "hit"
    item.unpublish()
    assert "Libya" not in get(live_server).text


def test_each_host_gets_the_answer_for_its_own_site(live_server, item, other_site):
    PressReleasePageFactory(
        parent=other_site.root_page.add_child(
            instance=type(item.get_parent().specific)(title="Partner news", slug="partner-news")
        ),
        title="Partner: a release of its own",
    )
    query = "{ newsItems(first: 5) { edges { node { title } } } }"
    ours = [get(live_server, query) for _ in range(2)]
    theirs = [get(live_server, query, Host="partner.example.org") for _ in range(2)]
    assert "Libya" in ours[1].text and "Partner" not in ours[1].text
    assert "Partner" in theirs[1].text and "Libya" not in theirs[1].text
    assert theirs[1].headers["X-Newsroom-Cache"] == "hit"


def test_an_early_hit_echoes_the_clients_request_id(live_server, item):
    get(live_server)
    hit = get(live_server, **{"X-Request-ID": "frontend-7f3a"})
    assert hit.headers["X-Newsroom-Cache"] == "hit"
    assert hit.headers["X-Request-ID"] == "frontend-7f3a"
