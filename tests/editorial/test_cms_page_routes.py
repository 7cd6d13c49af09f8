"""The CMS host serves no pages of its own: Wagtail's page routes redirect to the page on its
site's frontend, or answer 404 (drafts, restricted, expired, no frontend configured), never a
500; "View live" in the admin opens the frontend."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from tests.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

FRONTEND = "https://www.example.org"


@pytest.fixture
def frontend(settings):
    settings.NEWSROOM_FRONTEND_BASE_URL = FRONTEND
    settings.NEWSROOM_FRONTEND_SITE_URLS = {}
    return settings


@pytest.fixture
def release(newsroom):
    return PressReleasePageFactory(parent=newsroom, slug="libya-release-the-protesters")


def test_an_item_route_redirects_to_the_item_on_the_frontend(client, frontend, release):
    response = client.get("/newsroom/libya-release-the-protesters/")

    assert response.status_code == 302
    assert response["Location"] == f"{FRONTEND}/newsroom/libya-release-the-protesters/"


def test_the_newsroom_route_redirects_to_the_newsroom_on_the_frontend(client, frontend, newsroom):
    response = client.get("/newsroom/")

    assert (response.status_code, response["Location"]) == (302, f"{FRONTEND}/newsroom/")


def test_a_site_with_its_own_frontend_is_sent_there(client, frontend, release):
    frontend.NEWSROOM_FRONTEND_SITE_URLS = {"localhost": "https://news.example.net/"}

    response = client.get("/newsroom/libya-release-the-protesters/", HTTP_HOST="localhost")

    assert response["Location"] == "https://news.example.net/newsroom/libya-release-the-protesters/"


def test_a_translation_route_redirects_to_the_translation_on_the_frontend(
    client, frontend, release
):
    arabic = release.copy_for_translation(Locale.objects.get(language_code="ar"), copy_parents=True)
    arabic.save_revision().publish()

    response = client.get("/ar/newsroom/libya-release-the-protesters/")

    assert response["Location"] == f"{FRONTEND}/ar/newsroom/libya-release-the-protesters/"


def test_a_draft_is_not_found(client, frontend, newsroom):
    PressReleasePageFactory(parent=newsroom, slug="draft-item", live=False)

    assert client.get("/newsroom/draft-item/").status_code == 404


def test_a_restricted_page_is_not_found_rather_than_asking_for_its_password(
    client, frontend, release
):
    PageViewRestriction.objects.create(
        page=release, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )

    assert client.get("/newsroom/libya-release-the-protesters/").status_code == 404


def test_an_expired_page_is_not_found_at_its_expiry_moment(client, frontend, release):
    release.expire_at = timezone.now() - datetime.timedelta(seconds=1)
    release.save()

    assert client.get("/newsroom/libya-release-the-protesters/").status_code == 404


def test_without_a_frontend_a_page_route_is_not_found_and_never_an_error(client, settings, release):
    settings.NEWSROOM_FRONTEND_BASE_URL = ""
    settings.NEWSROOM_FRONTEND_SITE_URLS = {}

    for path in ("/", "/newsroom/", "/newsroom/libya-release-the-protesters/", "/ar/newsroom/"):
        assert client.get(path).status_code == 404, path


def test_view_live_in_the_admin_opens_the_frontend(admin_client, frontend, release):
    response = admin_client.get(f"/admin/pages/{release.pk}/edit/")

    assert release.url == f"{FRONTEND}/newsroom/libya-release-the-protesters/"
    assert release.full_url == release.url
    assert f'href="{release.url}"' in response.content.decode()
