"""The CMS's own /embargo/?token= page, rendered through the API like /preview/."""

import datetime

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from cms.embargo.links import EmbargoLink
from cms.embargo.sending import embargo_link_url, send_embargo

from .conftest import GO_LIVE

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def link_path(release, press_list) -> dict[str, str]:
    send_embargo(release, press_list)
    return {
        link.journalist.email: embargo_link_url(link).removeprefix("http://127.0.0.1:8000")
        for link in EmbargoLink.objects.all()
    }


def test_the_page_shows_the_release_embargoed_until_its_moment(link_path, release):
    response = Client().get(link_path["amal@press.example"])
    assert response.status_code == 200
    lifts_at = release.revisions.get(approved_go_live_at__isnull=False).approved_go_live_at
    text = response.content.decode()
    assert f"Embargoed until {lifts_at.astimezone(datetime.UTC):%-d %B %Y, %H:%M} UTC" in text
    assert release.title in text
    assert "For Amal Haddad, Tripoli Post" in text
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"


def test_a_revoked_link_shows_why_and_no_content(link_path, release):
    EmbargoLink.objects.get(journalist__email="ben@press.example").revoke()
    response = Client().get(link_path["ben@press.example"])
    assert response.status_code == 403
    assert b'data-code="EMBARGO_TOKEN_REVOKED"' in response.content
    assert release.title.encode() not in response.content


def test_a_missing_token_is_refused(db):
    response = Client().get("/embargo/")
    assert response.status_code == 403
    assert b"EMBARGO_TOKEN_INVALID" in response.content


def test_after_go_live_the_link_redirects_to_the_public_page(link_path, release, settings):
    settings.NEWSROOM_FRONTEND_BASE_URL = "https://www.example.org"
    with time_machine.travel(timezone.now() + GO_LIVE + datetime.timedelta(minutes=1)):
        response = Client().get(link_path["amal@press.example"])
    assert response.status_code == 302
    assert response["Location"] == f"https://www.example.org/newsroom/{release.slug}/"


def test_after_go_live_without_a_frontend_the_page_says_it_is_public(link_path, release):
    with time_machine.travel(timezone.now() + GO_LIVE + datetime.timedelta(minutes=1)):
        response = Client().get(link_path["amal@press.example"])
    assert response.status_code == 200
    assert b"Public since" in response.content
    assert f"/newsroom/{release.slug}/".encode() in response.content
