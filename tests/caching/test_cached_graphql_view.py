"""A GraphQL view wrapped by `cache_graphql_responses` answers repeated anonymous queries from
the cache, and a publish, unpublish, delete or snippet edit is visible on the next request."""

import datetime
import json

import graphene
import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import timezone
from graphene_django.views import GraphQLView

from cms.api.cache.decorator import CACHE_HEADER, cache_graphql_responses
from newsroom_pages.pages import NewsItemPage
from tests.factories import PressReleasePageFactory, TopicFactory


class Query(graphene.ObjectType):
    titles = graphene.List(graphene.String)
    topics = graphene.List(graphene.String)

    def resolve_titles(root, info):
        return list(NewsItemPage.objects.live().order_by("title").values_list("title", flat=True))

    def resolve_topics(root, info):
        from newsroom_pages.snippets import Topic

        return list(Topic.objects.values_list("name", flat=True))


view = cache_graphql_responses(GraphQLView.as_view(schema=graphene.Schema(query=Query)))
TITLES = "query Titles { titles }"


def ask(query: str = TITLES, user=None, **headers):
    request = RequestFactory().post(
        "/graphql/", json.dumps({"query": query}), content_type="application/json", **headers
    )
    request.user = user or AnonymousUser()
    response = view(request)
    return response, json.loads(response.content)


@pytest.fixture
def item(newsroom):
    return PressReleasePageFactory(parent=newsroom, title="Alpha")


def test_a_repeated_anonymous_query_is_answered_from_the_cache_without_sql(
    item, django_assert_num_queries
):
    first, _ = ask()
    with django_assert_num_queries(0):
        second, data = ask()
    assert (first[CACHE_HEADER], second[CACHE_HEADER]) == ("miss", "hit")
    assert data == {"data": {"titles": ["Alpha"]}}


def test_the_cached_body_is_the_body_the_view_produced(item):
    first, _ = ask()
    second, _ = ask()
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


@pytest.mark.postgres
def test_a_publish_is_visible_on_the_next_request(newsroom, item):
    ask()
    draft = PressReleasePageFactory(parent=newsroom, title="Beta", live=False)
    assert ask()[1]["data"]["titles"] == ["Alpha"]
    draft.save_revision().publish()
    response, data = ask()
    assert data["data"]["titles"] == ["Alpha", "Beta"]
    assert response[CACHE_HEADER] == "miss"


def test_an_unpublish_is_visible_on_the_next_request(item):
    ask()
    item.unpublish()
    assert ask()[1]["data"]["titles"] == []


def test_a_delete_is_visible_on_the_next_request(item):
    ask()
    item.delete()
    assert ask()[1]["data"]["titles"] == []


def test_a_snippet_edit_is_visible_on_the_next_request(db):
    topic = TopicFactory(name="Torture")
    ask("{ topics }")
    topic.name = "Detention"
    topic.save()
    assert ask("{ topics }")[1]["data"]["topics"] == ["Detention"]


def test_a_signed_in_user_is_never_served_from_the_cache(item, admin_user):
    ask(user=admin_user)
    response, _ = ask(user=admin_user)
    assert CACHE_HEADER not in response


def test_a_request_with_credentials_is_never_served_from_the_cache(item):
    ask(HTTP_AUTHORIZATION="Bearer partner-key")
    response, _ = ask(HTTP_AUTHORIZATION="Bearer partner-key")
    assert CACHE_HEADER not in response


def test_a_get_request_shares_the_cache_with_the_same_post(item):
    ask()
    request = RequestFactory().get("/graphql/", {"query": TITLES})
    request.user = AnonymousUser()
    assert view(request)[CACHE_HEADER] == "hit"


def test_a_browser_asking_for_graphiql_is_never_served_cached_json(item):
    ask()
    request = RequestFactory().get("/graphql/", {"query": TITLES}, HTTP_ACCEPT="text/html")
    request.user = AnonymousUser()
    assert CACHE_HEADER not in view(request)


def test_a_response_with_errors_is_not_stored(db):
    ask("{ missingField }")
    response, data = ask("{ missingField }")
    assert data["errors"]
    assert CACHE_HEADER not in response


def test_a_malformed_body_goes_to_the_view_untouched(db):
    request = RequestFactory().post("/graphql/", "{not json", content_type="application/json")
    request.user = AnonymousUser()
    response = view(request)
    assert response.status_code == 400
    assert CACHE_HEADER not in response


def test_a_stored_response_does_not_outlive_the_next_scheduled_expiry(newsroom):
    now = timezone.now()
    PressReleasePageFactory(
        parent=newsroom, title="Expiring", expire_at=now + datetime.timedelta(seconds=30)
    )
    with time_machine.travel(now, tick=False) as clock:
        ask()
        assert ask()[0][CACHE_HEADER] == "hit"
        clock.shift(datetime.timedelta(seconds=31))
        assert ask()[0][CACHE_HEADER] == "miss"


def test_nothing_is_cached_when_the_cache_is_switched_off(item, settings):
    settings.NEWSROOM_API_CACHE_ENABLED = False
    ask()
    response, _ = ask()
    assert CACHE_HEADER not in response
