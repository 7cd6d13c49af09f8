"""The round trip as an agency's coordinator does it, over real HTTP against the running
server: download the file from the admin, upload what came back with "Publish", and read
the translation as a frontend does, with the response cache on; a hostile file writes
nothing."""

import pytest
import requests
from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.operations import translate_object

from tests.support.admin_browser import AdminBrowser
from tests.support.live_server import _restorable_database  # noqa: F401 (autouse fixture)
from tests.xliff.conftest import to_french, translated

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "agency-coordinator-42"
READ = '{ newsItems(locale: "fr", first: 50) { edges { node { title } } } }'


@pytest.fixture
def translation(linked_release, settings) -> Translation:
    settings.NEWSROOM_API_CACHE_ENABLED = True
    get_user_model().objects.create_superuser("coordinator", "c@example.org", PASSWORD)
    translate_object(linked_release, [Locale.objects.get(language_code="fr")])
    return Translation.objects.get(target_locale__language_code="fr")


@pytest.fixture
def browser(live_server, translation) -> AdminBrowser:
    browser = AdminBrowser(live_server.url)
    assert browser.login("coordinator", PASSWORD).status_code == 302
    return browser


def french_titles(live_server) -> list[str]:
    response = requests.post(f"{live_server.url}/graphql/", json={"query": READ}, timeout=30)
    return [edge["node"]["title"] for edge in response.json()["data"]["newsItems"]["edges"]]


def test_a_file_downloaded_and_uploaded_with_publish_is_what_frontends_read(
    live_server, browser, translation
):
    assert french_titles(live_server) == []  # cached before the import
    download = browser.request("GET", f"/admin/xliff/translations/{translation.pk}/download/")
    assert download.status_code == 200
    upload = browser.post_form(
        f"/admin/xliff/translations/{translation.pk}/upload/",
        {"publish": "1"},
        files={"file": ("fr.xlf", translated(download.content, to_french))},
    )
    assert upload.status_code == 302
    assert french_titles(live_server) == ["Les milices doivent rendre des comptes"]


def test_an_entity_bomb_uploaded_over_http_writes_nothing(live_server, browser, translation):
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0">&c;</xliff>'
    )
    response = browser.post_form(
        f"/admin/xliff/translations/{translation.pk}/upload/",
        {"next": "/admin/"},
        files={"file": ("bomb.xlf", bomb)},
    )
    assert (response.status_code, response.headers["Location"]) == (302, "/admin/")
    assert "declares entities or a DTD" in browser.request("GET", "/admin/").text
    assert not StringTranslation.objects.exists()
