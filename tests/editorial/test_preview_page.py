"""The CMS's own preview page renders the draft behind a token, and refuses anything else
with a clear page, never a stack trace."""

import datetime

import pytest
import time_machine
from django.test import RequestFactory
from wagtail.models import Locale

from tests.factories import ImageFactory, PressReleasePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def release(newsroom):
    return PressReleasePageFactory(
        parent=newsroom,
        title="Libya: release the detained activists",
        hero_image=ImageFactory(credit="Photo by MAHMUD TURKIA/AFP via Getty Images"),
        body=[
            ("paragraph", "<p>Authorities must act now.</p>"),
            ("quote", {"text": "Justice delayed", "speaker": "A. Researcher", "role": "Libya"}),
        ],
        live=False,
    )


def test_the_preview_page_shows_title_hero_credit_and_body_blocks(client, release):
    token = release.create_page_preview().token

    response = client.get("/preview/", {"token": token})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Libya: release the detained activists" in html
    assert "Photo by MAHMUD TURKIA/AFP via Getty Images" in html
    assert "Authorities must act now." in html
    assert "A. Researcher" in html
    assert response["Cache-Control"] == "no-store"


def test_the_preview_page_can_be_framed_by_the_admin_on_the_same_origin(client, release):
    response = client.get("/preview/", {"token": release.create_page_preview().token})

    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_an_expired_token_gets_a_clear_410_page(client, release):
    issued = datetime.datetime(2026, 5, 4, 10, 0, tzinfo=datetime.UTC)
    with time_machine.travel(issued, tick=False):
        token = release.create_page_preview().token
    with time_machine.travel(issued + datetime.timedelta(hours=2), tick=False):
        response = client.get("/preview/", {"token": token})

    assert response.status_code == 410
    assert b"expired" in response.content
    assert b"Libya: release" not in response.content


def test_a_bad_token_gets_a_clear_403_page(client):
    response = client.get("/preview/", {"token": "not-a-token"})

    assert response.status_code == 403
    assert b"not valid" in response.content


def test_an_arabic_draft_is_rendered_right_to_left(client, site_root, release):
    arabic, _ = Locale.objects.get_or_create(language_code="ar")
    site_root.copy_for_translation(arabic)
    release.get_parent().copy_for_translation(arabic)
    translation = release.copy_for_translation(arabic)

    response = client.get("/preview/", {"token": translation.create_page_preview().token})

    assert b'<html lang="ar" dir="rtl">' in response.content


def preview_client_root(page) -> str:
    request = RequestFactory().get("/admin/", HTTP_HOST="localhost")
    return page.get_client_root_url(request)


def test_without_a_frontend_url_the_admin_previews_on_the_cms_own_preview_page(release):
    assert preview_client_root(release) == "/preview/"


def test_NEWSROOM_PREVIEW_URL_sends_the_preview_to_the_frontend(settings, release):
    settings.WAGTAIL_HEADLESS_PREVIEW = {
        "CLIENT_URLS": {"default": "https://www.example.org/api/preview"}
    }

    assert preview_client_root(release) == "https://www.example.org/api/preview/"


def test_a_site_specific_frontend_url_wins_over_the_default(settings, release):
    settings.WAGTAIL_HEADLESS_PREVIEW = {
        "CLIENT_URLS": {
            "default": "https://www.example.org/preview",
            "localhost": "https://ar.example.org/preview",
        }
    }

    assert preview_client_root(release) == "https://ar.example.org/preview/"
