"""A frontend's search over real HTTP, the response cache on as in production: a misspelt
search answers the committed `SearchNews` operation with the matches and a suggestion, and a
word only an item out of view holds is never suggested, before or after caching."""

import pytest
import requests
from wagtail.models import PageViewRestriction

from cms.api.http.contract import documents
from tests.factories import PressReleasePageFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.postgres,
    pytest.mark.postgres_only,
]


@pytest.fixture(autouse=True)
def response_cache_on(settings):
    settings.NEWSROOM_API_CACHE_ENABLED = True


def search_news(base_url: str, search: str) -> dict:
    response = requests.post(
        f"{base_url}/graphql/",
        json={"query": documents()["SearchNews"], "variables": {"search": search}},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body["errors"]
    return body["data"]["newsItems"]


def test_a_misspelt_search_is_answered_with_the_matches_and_a_suggestion(live_server, newsroom):
    PressReleasePageFactory(
        parent=newsroom,
        title="Export case",
        body=[("paragraph", "<p>Surveillance companies sold spyware.</p>")],
    )
    for _ in range(2):  # the second answer comes from the response cache
        found = search_news(live_server.url, "survelliance companies")
        assert [edge["node"]["title"] for edge in found["edges"]] == ["Export case"]
        assert found["searchSuggestion"] == "surveillance companies"


def test_a_word_only_a_restricted_item_holds_is_never_suggested(live_server, newsroom):
    secret = PressReleasePageFactory(parent=newsroom, title="Ghadames confiscations")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    PressReleasePageFactory(parent=newsroom, title="Ghadames visits")
    for _ in range(2):
        found = search_news(live_server.url, "Ghadames confiscasions")
        assert found == {**found, "totalCount": 0, "edges": [], "searchSuggestion": None}
