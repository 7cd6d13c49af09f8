"""A translator cannot plant a script URL: whatever the translation editor stores, the API and
the CMS's own /preview/ page never return or render a `javascript:` link.

Drives wagtail-localize's own endpoints as the translation editor does (segment and override
PUTs, then "Publish in French"), and reads the result back through /graphql/ and /preview/.
"""

import json
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.embeds.models import Embed
from wagtail.rich_text import RichText
from wagtail_localize.models import OverridableSegment, StringSegment

from newsroom_pages.pages import PressReleasePage
from tests.factories import PressReleasePageFactory
from tests.i18n.conftest import submit_for_translation, translation_of

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

SCRIPT_URL = "javascript:fetch('/admin/').then(r=>r.text()).then(alert)"
VIDEO = "https://www.youtube.com/watch?v=abc"

BODY_QUERY = """
query($id: ID!) {
  page(id: $id) {
    title
    ... on NewsItem { body {
      blockType
      ... on ParagraphBlock { html }
      ... on CallToActionBlock { text url }
      ... on EmbedBlock { url }
    } }
  }
}
"""


@pytest.fixture
def source_page(newsroom):
    Embed.objects.create(url=VIDEO, html="<iframe></iframe>", type="video", max_width=None)
    page = PressReleasePageFactory(
        parent=newsroom,
        title="Militia must be held to account",
        slug="militia-held-to-account",
        body=[
            ("paragraph", RichText('<p>Read <a href="https://example.org/report">it</a>.</p>')),
            ("call_to_action", {"text": "Take action", "url": "https://example.org/act"}),
            ("embed", VIDEO),
        ],
    )
    page.save_revision().publish()
    return page


def put(client, name: str, translation, segment, value: str):
    response = client.put(
        reverse(f"wagtail_localize:{name}", args=[translation.pk, segment.pk]),
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content


def translate_with_script_urls(client, page, capture_on_commit) -> PressReleasePage:
    """Every text translated, every overridable URL replaced with a script URL, published."""
    submit_for_translation(client, page, "fr")
    translation = translation_of(page, "fr")
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        data = "[fr] " + segment.string.data
        put(client, "edit_string_translation", translation, segment, data)
    overridable = OverridableSegment.objects.filter(source=translation.source)
    assert overridable.count() >= 3, "link, call-to-action URL and embed URL are overridable"
    for segment in overridable:
        put(client, "edit_override", translation, segment, SCRIPT_URL)
    target = translation.get_target_instance()
    with capture_on_commit(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    return PressReleasePage.objects.get(pk=target.pk)


def stored_urls(page: PressReleasePage) -> str:
    return json.dumps(list(page.body.raw_data))


def test_script_urls_stored_by_a_translator_are_never_returned_by_the_api(
    editor_client, source_page, django_capture_on_commit_callbacks
):
    french = translate_with_script_urls(
        editor_client, source_page, django_capture_on_commit_callbacks
    )
    assert french.live
    assert "javascript:" in stored_urls(french), "the translator really stored script URLs"

    response = editor_client.post(
        "/graphql/",
        json.dumps({"query": BODY_QUERY, "variables": {"id": french.pk}}),
        content_type="application/json",
    )

    body = response.json()
    assert body["data"]["page"]["title"].startswith("[fr] ")
    assert "javascript" not in response.content.decode().lower()
    [paragraph] = [b for b in body["data"]["page"]["body"] if b["blockType"] == "paragraph"]
    assert paragraph["html"] == "<p>[fr] Read <a>it</a>.</p>"


def test_script_urls_stored_by_a_translator_are_never_rendered_by_the_preview(
    editor_client, source_page, django_capture_on_commit_callbacks
):
    french = translate_with_script_urls(
        editor_client, source_page, django_capture_on_commit_callbacks
    )

    response = editor_client.get("/preview/", {"token": french.create_page_preview().token})

    assert response.status_code == 200
    html = response.content.decode()
    assert "[fr] Read" in html
    assert "javascript" not in html.lower()
