"""Editors add notices in the page editor, above the body; publishing a notice without a date
or text is refused with a message on the field and nothing is published (Wagtail lets a draft
be saved incomplete; an undated notice in a draft is never shown: newsroom_pages.notices)."""

import pytest
from django.urls import reverse

from newsroom_pages.pages import NewsItemPage, PressReleasePage
from tests.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", password="x-42-x"))
    return client


def test_notices_come_before_the_body_in_the_edit_form():
    names = [
        getattr(panel, "field_name", None)
        for panel in NewsItemPage.content_panels
        if getattr(panel, "field_name", None) in {"notices", "body"}
    ]
    assert names == ["notices", "body"]


def test_the_edit_form_shows_the_notices_field_above_the_body(editor, newsroom):
    page = PressReleasePageFactory(parent=newsroom)
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'id="panel-child-content-notices-section"' in html or "notices-section" in html
    assert html.index("notices-section") < html.index("body-section")


def stream_post(page, notices: list[tuple[str, dict]]) -> dict:
    data = {
        "title": page.title,
        "slug": page.slug,
        "publication_date": page.publication_date.isoformat(),
        "summary": page.summary,
        "body-count": "0",
        "related_item_links-TOTAL_FORMS": "0",
        "related_item_links-INITIAL_FORMS": "0",
        "related_item_links-MIN_NUM_FORMS": "0",
        "related_item_links-MAX_NUM_FORMS": "1000",
        "notices-count": str(len(notices)),
    }
    for index, (kind, value) in enumerate(notices):
        data |= {
            f"notices-{index}-type": kind,
            f"notices-{index}-deleted": "",
            f"notices-{index}-order": str(index),
            f"notices-{index}-id": f"n{index}",
            f"notices-{index}-value-noted_at": value["noted_at"],
            f"notices-{index}-value-text": value["text"],
        }
    return data


def draftail(text: str) -> str:
    import json

    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a",
                    "text": text,
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [],
                }
            ],
            "entityMap": {},
        }
    )


def test_an_editor_adds_a_correction_through_the_form(editor, newsroom):
    page = PressReleasePageFactory(parent=newsroom)
    data = stream_post(
        page,
        [("correction", {"noted_at": "2026-05-06 09:30", "text": draftail("The date was wrong.")})],
    )
    response = editor.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = PressReleasePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    (block,) = saved.notices
    assert block.block_type == "correction"
    assert block.value["text"].source == '<p data-block-key="a">The date was wrong.</p>'
    assert block.value["noted_at"].isoformat() == "2026-05-06T09:30:00+00:00"


@pytest.mark.parametrize(
    "value",
    [
        {"noted_at": "", "text": draftail("The date was wrong.")},
        {"noted_at": "not a date", "text": draftail("The date was wrong.")},
        {"noted_at": "2026-05-06 09:30", "text": draftail("")},
    ],
    ids=["no date", "bad date", "no text"],
)
def test_publishing_a_notice_without_its_date_or_text_is_refused(editor, newsroom, value):
    page = PressReleasePageFactory(parent=newsroom)
    published = page.last_published_at
    data = stream_post(page, [("update", value)]) | {"action-publish": "action-publish"}
    response = editor.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 200
    assert "could not be" in response.content.decode()
    live = PressReleasePage.objects.get(pk=page.pk)
    assert (list(live.notices), live.last_published_at) == ([], published)
