"""/graphql/ answers repeated anonymous queries from the response cache, and every change that
can change an anonymous answer (publish, unpublish, delete, snippet edits) is visible on the
next request."""

import datetime
import json

import pytest
import time_machine
from django.utils import timezone

from cms.api.http.cache.keys import CACHE_HEADER
from tests.factories import PressReleasePageFactory, TopicFactory

TITLES = "query Titles { newsItems { edges { node { title } } } }"


def titles(response) -> list[str]:
    return [edge["node"]["title"] for edge in response.json()["data"]["newsItems"]["edges"]]


@pytest.fixture
def item(newsroom):
    return PressReleasePageFactory(parent=newsroom, title="Alpha")


def test_a_repeated_anonymous_query_is_answered_from_the_cache_without_sql(
    graphql, item, django_assert_num_queries
):
    first = graphql.post(TITLES)
    with django_assert_num_queries(0):
        second = graphql.post(TITLES)
    assert (first[CACHE_HEADER], second[CACHE_HEADER]) == ("miss", "hit")
    assert titles(second) == ["Alpha"]


def test_the_cached_body_is_the_body_the_pipeline_produced(graphql, item):
    first, second = graphql.post(TITLES), graphql.post(TITLES)
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_whitespace_and_comments_do_not_split_the_cache(graphql, item):
    graphql.post(TITLES)
    assert graphql.post("# a comment\n" + TITLES.replace(" ", "  "))[CACHE_HEADER] == "hit"


@pytest.mark.postgres
def test_a_publish_is_visible_on_the_next_request(graphql, newsroom, item):
    graphql.post(TITLES)
    draft = PressReleasePageFactory(parent=newsroom, title="Beta", live=False)
    assert titles(graphql.post(TITLES)) == ["Alpha"]
    draft.save_revision().publish()
    response = graphql.post(TITLES)
    assert set(titles(response)) == {"Alpha", "Beta"}
    assert response[CACHE_HEADER] == "miss"


def test_an_unpublish_is_visible_on_the_next_request(graphql, item):
    graphql.post(TITLES)
    item.unpublish()
    assert titles(graphql.post(TITLES)) == []


def test_a_delete_is_visible_on_the_next_request(graphql, item):
    graphql.post(TITLES)
    item.delete()
    assert titles(graphql.post(TITLES)) == []


def test_a_snippet_edit_is_visible_on_the_next_request(graphql, db):
    topic = TopicFactory(name="Torture")
    graphql.post("{ topics { name } }")
    topic.name = "Detention"
    topic.save()
    assert graphql.post("{ topics { name } }").json()["data"]["topics"] == [{"name": "Detention"}]


def test_a_signed_in_user_is_never_served_from_the_cache(graphql, item, admin_user):
    graphql.client.force_login(admin_user)
    graphql.post(TITLES)
    assert CACHE_HEADER not in graphql.post(TITLES)


def test_a_request_with_credentials_is_never_served_from_the_cache(graphql, item):
    graphql.post(TITLES, HTTP_AUTHORIZATION="Bearer partner-key")
    assert CACHE_HEADER not in graphql.post(TITLES, HTTP_AUTHORIZATION="Bearer partner-key")


def test_a_get_request_shares_the_cache_with_the_same_post(graphql, item):
    graphql.post(TITLES)
    assert graphql.client.get("/graphql/", {"query": TITLES})[CACHE_HEADER] == "hit"


def test_a_response_with_errors_is_not_stored(graphql, db):
    graphql.post('{ newsItems(after: "bad") { totalCount } }')
    response = graphql.post('{ newsItems(after: "bad") { totalCount } }')
    assert response.json()["errors"]
    assert CACHE_HEADER not in response


def test_a_stored_response_does_not_outlive_the_next_scheduled_expiry(graphql, newsroom):
    now = timezone.now()
    PressReleasePageFactory(
        parent=newsroom, title="Expiring", expire_at=now + datetime.timedelta(seconds=30)
    )
    with time_machine.travel(now, tick=False) as clock:
        graphql.post(TITLES)
        assert graphql.post(TITLES)[CACHE_HEADER] == "hit"
        clock.shift(datetime.timedelta(seconds=31))
        assert graphql.post(TITLES)[CACHE_HEADER] == "miss"


def test_nothing_is_cached_when_the_cache_is_switched_off(graphql, item, settings):
    settings.NEWSROOM_API_CACHE_ENABLED = False
    graphql.post(TITLES)
    assert CACHE_HEADER not in graphql.post(TITLES)


def test_the_same_query_on_two_sites_never_shares_an_answer(graphql, item, other_site):
    graphql.post(TITLES)
    response = graphql.client.post(
        "/graphql/",
        json.dumps({"query": TITLES}),
        content_type="application/json",
        HTTP_HOST=other_site.hostname,
    )
    assert response[CACHE_HEADER] == "miss"
    assert titles(response) == []
