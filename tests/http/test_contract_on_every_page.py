"""Every page a frontend may route to answers the contract's `Article` operation over HTTP
without an error, in every locale it is published in: the newsroom index included (it has no
body), and whatever its intro links to."""

import pytest
import requests
from wagtail.models import Locale

from cms.api.http.contract import documents
from tests.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def article(base_url: str, url_path: str) -> dict:
    response = requests.post(
        f"{base_url}/graphql/",
        json={"query": documents()["Article"], "variables": {"urlPath": url_path}},
        headers={"Accept": "application/graphql-response+json"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body["errors"]
    return body["data"]["page"]


@pytest.fixture
def newsroom_in_two_locales(newsroom):
    PressReleasePageFactory(parent=newsroom, slug="released")
    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    translation = newsroom.copy_for_translation(arabic, copy_parents=True)
    translation.save_revision().publish()
    return newsroom


def test_the_newsroom_index_answers_the_article_operation_in_every_locale(
    live_server, newsroom_in_two_locales
):
    for path, locale in (("/newsroom/", "en"), ("/ar/newsroom/", "ar")):
        page = article(live_server.url, path)
        assert page["__typename"] == "NewsroomIndexPage"
        assert page["locale"] == locale


def test_an_intro_linking_to_a_draft_answers_with_the_link_as_plain_text(live_server, newsroom):
    draft = PressReleasePageFactory(parent=newsroom, slug="draft", live=False)
    newsroom.intro = f'<p>See <a linktype="page" id="{draft.pk}">the draft</a>.</p>'
    newsroom.save_revision().publish()
    page = article(live_server.url, "/newsroom/")
    assert page["__typename"] == "NewsroomIndexPage"
    assert page["intro"] == "<p>See the draft.</p>"
