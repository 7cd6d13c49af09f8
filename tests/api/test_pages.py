"""`page`: typed pages by frontend path or id, with bodies as typed blocks."""

import pytest
from wagtail.models import Locale

from cms.api.core.identity import global_id
from tests.factories import (
    CampaignVictoryPageFactory,
    DocumentFactory,
    ImageFactory,
    PressContactFactory,
    PressReleasePageFactory,
    ReportPageFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

BODY = """query($path: String!) { page(urlPath: $path) { ... on NewsItem { body {
  id blockType
  ... on ParagraphBlock { html }
  ... on HeadingBlock { text level }
  ... on ImageBlock { caption credit alt image { id } }
  ... on QuoteBlock { text speaker role }
  ... on EmbedBlock { url html }
  ... on DocumentBlock { label document { title url contentType } }
  ... on CallToActionBlock { text url }
  ... on KeyFactBlock { figure label source }
} } } }"""


def body_of(graphql, page) -> list[dict]:
    blocks = graphql.query(BODY, {"path": f"/newsroom/{page.slug}/"})["page"]["body"]
    return [{k: v for k, v in block.items() if k != "id"} for block in blocks]


def test_a_page_is_found_by_its_frontend_path_with_its_concrete_type(graphql, newsroom):
    PressReleasePageFactory(parent=newsroom, slug="release", title="A release")
    data = graphql.query('{ page(urlPath: "/newsroom/release/") { __typename title urlPath } }')
    assert data["page"] == {
        "__typename": "PressReleasePage",
        "title": "A release",
        "urlPath": "/newsroom/release/",
    }


def test_a_page_is_found_by_its_global_id_and_by_its_former_database_id(graphql, newsroom):
    item = ReportPageFactory(parent=newsroom)
    query = "query($id: ID!) { page(id: $id) { __typename id databaseId } }"
    expected = {"__typename": "ReportPage", "id": global_id("Page", item.pk), "databaseId": item.pk}
    assert graphql.query(query, {"id": global_id("Page", item.pk)})["page"] == expected
    assert graphql.query(query, {"id": item.pk})["page"] == expected


@pytest.mark.parametrize(
    "arguments", ["", 'urlPath: "/newsroom/", id: "1"'], ids=["neither", "both"]
)
def test_a_page_needs_exactly_one_of_url_path_or_id(graphql, arguments):
    query = "{ page" + (f"({arguments})" if arguments else "") + " { title } }"
    response = graphql.post(query)
    assert response.json()["errors"][0]["message"] == "Give exactly one of `urlPath` or `id`."


def test_the_newsroom_index_is_a_page_with_its_intro(graphql, newsroom):
    newsroom.intro = "<p>Our <b>newsroom</b>.</p>"
    newsroom.save()
    data = graphql.query(
        '{ page(urlPath: "/newsroom/") { __typename ... on NewsroomIndexPage { intro } } }'
    )
    assert data["page"] == {
        "__typename": "NewsroomIndexPage",
        "intro": "<p>Our <b>newsroom</b>.</p>",
    }


def test_simple_blocks_keep_their_fields(graphql, newsroom):
    body = [
        ("heading", {"text": "Findings", "level": "3"}),
        ("quote", {"text": "Justice now.", "speaker": "A researcher", "role": "Libya team"}),
        ("key_fact", {"figure": "1.2 million", "label": "civilians", "source": "UN"}),
        ("call_to_action", {"text": "Donate", "url": "https://example.org/donate"}),
        ("embed", "https://www.youtube.com/watch?v=abc"),
    ]
    item = PressReleasePageFactory(parent=newsroom, body=body)
    assert body_of(graphql, item) == [
        {"blockType": "heading", "text": "Findings", "level": 3},
        {
            "blockType": "quote",
            "text": "Justice now.",
            "speaker": "A researcher",
            "role": "Libya team",
        },
        {"blockType": "key_fact", "figure": "1.2 million", "label": "civilians", "source": "UN"},
        {"blockType": "call_to_action", "text": "Donate", "url": "https://example.org/donate"},
        {"blockType": "embed", "url": "https://www.youtube.com/watch?v=abc", "html": ""},
    ]


def test_an_image_block_carries_the_image_credit_and_its_caption_falls_back(graphql, newsroom):
    image = ImageFactory(
        caption="Own caption", alt_text="A street", credit="Photo by -/AFP via Getty Images"
    )
    body = [
        ("image", {"image": image, "caption": ""}),
        ("image", {"image": image, "caption": "Edited"}),
    ]
    item = PressReleasePageFactory(parent=newsroom, body=body)
    credited = {
        "credit": "Photo by -/AFP via Getty Images",
        "alt": "A street",
        "image": {"id": global_id("Image", image.pk)},
    }
    assert body_of(graphql, item) == [
        {"blockType": "image", "caption": "Own caption", **credited},
        {"blockType": "image", "caption": "Edited", **credited},
    ]


def test_a_document_block_links_to_the_public_file(graphql, newsroom):
    document = DocumentFactory(title="Full report")
    item = PressReleasePageFactory(
        parent=newsroom, body=[("document", {"document": document, "label": ""})]
    )
    [block] = body_of(graphql, item)
    assert block["label"] == "Full report"
    assert (
        block["document"]["url"] == f"http://testserver/documents/{document.pk}/{document.filename}"
    )


def test_rich_text_links_become_frontend_paths_and_media_urls(graphql, newsroom):
    target = PressReleasePageFactory(parent=newsroom, slug="target")
    document = DocumentFactory()
    html = (
        f'<p><a linktype="page" id="{target.pk}">Earlier</a> and '
        f'<a linktype="document" id="{document.pk}">the PDF</a> and '
        '<a href="https://example.org/">elsewhere</a>.</p>'
    )
    item = PressReleasePageFactory(parent=newsroom, body=[("paragraph", html)])
    [block] = body_of(graphql, item)
    assert block["html"] == (
        '<p><a href="/newsroom/target/">Earlier</a> and '
        f'<a href="http://testserver{document.url}">the PDF</a> and '
        '<a href="https://example.org/">elsewhere</a>.</p>'
    )
    assert "linktype" not in block["html"] and "/admin/" not in block["html"]


def test_a_report_exposes_its_document_index_number_and_findings(graphql, newsroom):
    document = DocumentFactory(title="Between life and death", file__filename="report.pdf")
    ReportPageFactory(
        parent=newsroom,
        slug="report",
        report_document=document,
        index_number="MDE 19/3084/2020",
        key_findings=[
            ("finding", "People are returned to detention."),
            ("finding", "Abuse is routine."),
        ],
    )
    data = graphql.query(
        '{ page(urlPath: "/newsroom/report/") { ... on ReportPage {'
        " indexNumber keyFindings reportDocument { title contentType } } } }"
    )
    assert data["page"] == {
        "indexNumber": "MDE 19/3084/2020",
        "keyFindings": ["People are returned to detention.", "Abuse is routine."],
        "reportDocument": {"title": "Between life and death", "contentType": "application/pdf"},
    }


def test_a_campaign_victory_says_what_changed(graphql, newsroom):
    CampaignVictoryPageFactory(
        parent=newsroom, slug="win", campaign="Free them", outcome="Released."
    )
    data = graphql.query(
        '{ page(urlPath: "/newsroom/win/") { kind ... on CampaignVictoryPage { campaign outcome } } }'.replace(
            "kind", "... on NewsItem { kind }"
        )
    )
    assert data["page"] == {
        "kind": "CAMPAIGN_VICTORY",
        "campaign": "Free them",
        "outcome": "Released.",
    }


def test_items_without_a_press_contact_use_the_newsroom_contact(graphql, newsroom):
    newsroom.press_contact = PressContactFactory(name="Press office")
    newsroom.save()
    PressReleasePageFactory(parent=newsroom, slug="release")
    data = graphql.query(
        '{ page(urlPath: "/newsroom/release/") { ... on NewsItem { pressContact { name } } } }'
    )
    assert data["page"]["pressContact"] == {"name": "Press office"}


@pytest.fixture
def french_translation(newsroom):
    item = PressReleasePageFactory(parent=newsroom, slug="release", title="Release")
    french, _ = Locale.objects.get_or_create(language_code="fr")
    translation = item.copy_for_translation(french, copy_parents=True)
    translation.title = "Communiqué"
    translation.save_revision().publish()
    return item, translation


def test_translations_list_live_translations_with_their_frontend_paths(graphql, french_translation):
    data = graphql.query(
        '{ page(urlPath: "/newsroom/release/") { translations { locale title urlPath } } }'
    )
    assert data["page"]["translations"] == [
        {"locale": "fr", "title": "Communiqué", "urlPath": "/fr/newsroom/release/"}
    ]


def test_a_localized_frontend_path_resolves_the_translation(graphql, french_translation):
    data = graphql.query('{ page(urlPath: "/fr/newsroom/release/") { title locale } }')
    assert data["page"] == {"title": "Communiqué", "locale": "fr"}


def test_an_id_with_a_locale_resolves_the_translation(graphql, french_translation):
    item, _translation = french_translation
    data = graphql.query(
        'query($id: ID!) { page(id: $id, locale: "fr") { title } }', {"id": item.pk}
    )
    assert data["page"] == {"title": "Communiqué"}


def test_locales_say_which_is_default_and_which_is_right_to_left(graphql):
    data = graphql.query("{ locales { code direction isDefault } }")
    assert data["locales"] == [
        {"code": "en", "direction": "LTR", "isDefault": True},
        {"code": "ar", "direction": "RTL", "isDefault": False},
        {"code": "fr", "direction": "LTR", "isDefault": False},
        {"code": "es", "direction": "LTR", "isDefault": False},
    ]
