"""`seo` on every page: head metadata, a 1200x630 Open Graph image with alt text and credit,
hreflang alternates, and schema.org JSON-LD that a JSON-LD processor (pyld) reads as intended."""

import json

import pytest
from pyld import jsonld

from tests.api.conftest import GraphQLClient

from .conftest import FRONTEND

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

SCHEMA = "https://schema.org/"
SEO = """query($path: String!) {
  page(urlPath: $path) {
    seo {
      title description canonicalUrl robots
      ogImage { url width height alt credit licence }
      alternates { locale url }
      jsonLd
    }
  }
}"""


def offline_schema_org(url: str, options=None) -> dict:
    """schema.org's context, reduced to its vocabulary mapping (no network in tests): every
    term expands to https://schema.org/<term>, as with the published context."""
    assert url.rstrip("/") == SCHEMA.rstrip("/"), url
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": {"@vocab": SCHEMA}},
    }


def expanded(document: str) -> dict:
    (node,) = jsonld.expand(json.loads(document), {"documentLoader": offline_schema_org})
    return node


def value(node: dict, term: str):
    return node[SCHEMA + term][0].get("@value", node[SCHEMA + term][0])


@pytest.fixture
def seo(public_newsroom):
    client = GraphQLClient()

    def of(path: str) -> dict:
        return client.query(SEO, {"path": path})["page"]["seo"]

    return of


def test_head_metadata_points_at_the_frontend(seo, public_newsroom):
    data = seo("/newsroom/heavy-weaponry-tripoli/")
    assert data["title"] == public_newsroom.release.title
    assert data["description"] == "At least six peaceful protesters were abducted."
    assert data["canonicalUrl"] == f"{FRONTEND}/newsroom/heavy-weaponry-tripoli/"
    assert data["robots"].startswith("index, follow")


def test_the_og_image_is_1200_by_630_with_alt_text_and_credit(seo):
    image = seo("/newsroom/heavy-weaponry-tripoli/")["ogImage"]
    assert (image["width"], image["height"]) == (1200, 630)
    assert image["alt"] == "6 men stand around a grave with shovels"
    assert image["credit"] == "Photo by -/AFP via Getty Images"


def test_alternates_name_every_published_language_and_a_default(seo):
    assert seo("/ar/newsroom/heavy-weaponry-tripoli/")["alternates"] == [
        {"locale": "ar", "url": f"{FRONTEND}/ar/newsroom/heavy-weaponry-tripoli/"},
        {"locale": "en", "url": f"{FRONTEND}/newsroom/heavy-weaponry-tripoli/"},
        {"locale": "x-default", "url": f"{FRONTEND}/newsroom/heavy-weaponry-tripoli/"},
    ]


def test_a_press_release_is_a_news_article_with_its_image_credit(seo, public_newsroom):
    node = expanded(seo("/newsroom/heavy-weaponry-tripoli/")["jsonLd"])
    assert node["@type"] == [SCHEMA + "NewsArticle"]
    assert value(node, "headline") == public_newsroom.release.title
    assert value(node, "inLanguage") == "en"
    assert value(node, "datePublished").startswith(str(public_newsroom.release.publication_date))
    assert SCHEMA + "dateModified" in node
    publisher = node[SCHEMA + "publisher"][0]
    assert publisher["@type"] == [SCHEMA + "Organization"]
    assert value(publisher, "name") == "Example Rights"
    image = node[SCHEMA + "image"][0]
    assert value(image, "creditText") == "Photo by -/AFP via Getty Images"
    assert value(image, "copyrightNotice") == "Photo by -/AFP via Getty Images"


def test_a_report_is_a_report_and_the_arabic_version_says_its_language(seo):
    report = expanded(seo("/newsroom/libya-cycle-of-abuses/")["jsonLd"])
    assert report["@type"] == [SCHEMA + "Report"]
    arabic = expanded(seo("/ar/newsroom/heavy-weaponry-tripoli/")["jsonLd"])
    assert value(arabic, "inLanguage") == "ar"


def test_a_preview_is_never_indexed(public_newsroom):
    token = public_newsroom.report.create_page_preview().token
    query = "query($token: String!) { page(previewToken: $token) { seo { robots } } }"
    data = GraphQLClient().query(query, {"token": token})
    assert data["page"]["seo"]["robots"] == "noindex, nofollow"
