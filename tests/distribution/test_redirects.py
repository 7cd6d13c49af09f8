"""Redirects: Wagtail creates one when a published page's slug changes or it moves; the API
returns it for a frontend's 404 handler and lists them for builds, never towards a page that
is not public."""

import datetime

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageViewRestriction

from tests.api.conftest import GraphQLClient
from tests.factories import NewsroomIndexPageFactory, PressReleasePageFactory

from .conftest import FRONTEND, publish_translation

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

REDIRECT = """query($path: String!, $locale: String) {
  redirect(path: $path, locale: $locale) { fromPath toPath toUrl isPermanent locale }
}"""
REDIRECTS = """query($first: Int, $after: String, $changedSince: DateTime) {
  redirects(first: $first, after: $after, changedSince: $changedSince) {
    nodes { fromPath toPath } endCursor hasMore
  }
}"""


@pytest.fixture
def graphql() -> GraphQLClient:
    return GraphQLClient()


@pytest.fixture
def renamed(newsroom, django_capture_on_commit_callbacks):
    """A published release whose slug an editor then changed and published again."""
    page = PressReleasePageFactory(parent=newsroom, slug="old-slug", live=False)
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        page.slug = "new-slug"
        page.save_revision().publish()
    return page


def test_a_slug_change_creates_a_redirect_that_redirect_returns(graphql, renamed):
    data = graphql.query(REDIRECT, {"path": "/newsroom/old-slug/"})
    assert data["redirect"] == {
        "fromPath": "/newsroom/old-slug/",
        "toPath": "/newsroom/new-slug/",
        "toUrl": f"{FRONTEND}/newsroom/new-slug/",
        "isPermanent": True,
        "locale": "en",
    }


def test_a_move_creates_a_redirect_too(
    graphql, newsroom, site_root, django_capture_on_commit_callbacks
):
    page = PressReleasePageFactory(parent=newsroom, slug="moved-item")
    archive = NewsroomIndexPageFactory(parent=site_root, slug="archive", title="Archive")
    with django_capture_on_commit_callbacks(execute=True):
        page.move(archive, pos="last-child")
    data = graphql.query(REDIRECT, {"path": "/newsroom/moved-item"})
    assert data["redirect"]["toPath"] == "/archive/moved-item/"


def test_a_localized_path_is_redirected_to_the_page_in_that_locale(graphql, renamed, arabic):
    publish_translation(renamed, arabic, "إصدار")
    data = graphql.query(REDIRECT, {"path": "/ar/newsroom/old-slug/"})
    assert data["redirect"]["toPath"] == "/ar/newsroom/new-slug/"
    assert data["redirect"]["locale"] == "ar"


@pytest.mark.parametrize("make_private", ["unpublish", "restrict"])
def test_a_redirect_to_a_page_that_is_not_public_is_never_returned(graphql, renamed, make_private):
    if make_private == "unpublish":
        Page.objects.get(pk=renamed.pk).specific.unpublish()
    else:
        PageViewRestriction.objects.create(page=renamed, restriction_type="login")
    assert graphql.query(REDIRECT, {"path": "/newsroom/old-slug/"})["redirect"] is None
    assert graphql.query(REDIRECTS, {})["redirects"]["nodes"] == []


def test_an_unknown_path_has_no_redirect(graphql, renamed):
    assert graphql.query(REDIRECT, {"path": "/newsroom/never-existed/"})["redirect"] is None


def test_a_path_and_locale_that_disagree_get_a_coded_error(graphql, renamed):
    body = graphql.post(REDIRECT, {"path": "/ar/newsroom/old-slug/", "locale": "fr"}).json()
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_redirects_are_listed_page_by_page_for_builds(graphql, newsroom):
    for n in range(3):
        page = PressReleasePageFactory(parent=newsroom, slug=f"target-{n}")
        Redirect.objects.create(old_path=f"/newsroom/old-{n}", redirect_page=page)
    first = graphql.query(REDIRECTS, {"first": 2})["redirects"]
    rest = graphql.query(REDIRECTS, {"first": 2, "after": first["endCursor"]})["redirects"]
    assert first["hasMore"] and not rest["hasMore"]
    assert [node["fromPath"] for node in first["nodes"] + rest["nodes"]] == [
        "/newsroom/old-0/",
        "/newsroom/old-1/",
        "/newsroom/old-2/",
    ]


def test_redirects_changed_since_lists_only_newer_ones(graphql, newsroom):
    page = PressReleasePageFactory(parent=newsroom, slug="target")
    old = Redirect.objects.create(old_path="/newsroom/older", redirect_page=page)
    Redirect.objects.filter(pk=old.pk).update(
        created_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    )
    Redirect.objects.create(old_path="/newsroom/newer", redirect_page=page)
    data = graphql.query(REDIRECTS, {"changedSince": "2025-01-01T00:00:00+00:00"})
    assert [node["fromPath"] for node in data["redirects"]["nodes"]] == ["/newsroom/newer/"]
