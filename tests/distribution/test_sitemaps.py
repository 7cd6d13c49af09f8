"""Sitemaps and robots.txt: valid against the published schemas (vendored in schemas/), public
pages only, hreflang alternates for translations, Google News rules for recent items."""

from datetime import date
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from tests.factories import PressReleasePageFactory

from .conftest import FRONTEND

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SCHEMAS = Path(__file__).parent / "schemas"
NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def schema(main: str) -> xmlschema.XMLSchema:
    """The sitemaps.org schema, with the extensions its `xsd:any processContents="strict"`
    slots must validate against."""
    built = xmlschema.XMLSchema(SCHEMAS / main, build=False)
    built.import_schema(NS["xhtml"], str(SCHEMAS / "xhtml-link.xsd"))
    built.import_schema(NS["news"], str(SCHEMAS / "sitemap-news.xsd"))
    built.build()
    return built


def valid_document(http, path: str, main: str = "sitemap.xsd") -> etree._Element:
    response = http(path)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("application/xml")
    schema(main).validate(response.content)
    return etree.fromstring(response.content)


def test_the_index_lists_every_locale_and_the_news_sitemap(http, public_newsroom):
    index = valid_document(http, "/sitemap.xml", "siteindex.xsd")
    assert index.xpath("//s:loc/text()", namespaces=NS) == [
        f"{FRONTEND}/sitemaps/en.xml",
        f"{FRONTEND}/sitemaps/ar.xml",
        f"{FRONTEND}/sitemaps/fr.xml",
        f"{FRONTEND}/sitemaps/es.xml",
        f"{FRONTEND}/sitemap-news.xml",
    ]


def test_a_locale_sitemap_lists_its_public_pages_with_hreflang_alternates(http, public_newsroom):
    urlset = valid_document(http, "/sitemaps/en.xml")
    release = f"{FRONTEND}/newsroom/heavy-weaponry-tripoli/"
    assert set(urlset.xpath("//s:loc/text()", namespaces=NS)) == {
        f"{FRONTEND}/newsroom/",
        release,
        f"{FRONTEND}/newsroom/libya-cycle-of-abuses/",
    }
    (entry,) = urlset.xpath(f"//s:url[s:loc='{release}']", namespaces=NS)
    alternates = {
        link.get("hreflang"): link.get("href") for link in entry.xpath("xhtml:link", namespaces=NS)
    }
    assert alternates == {
        "en": release,
        "ar": f"{FRONTEND}/ar/newsroom/heavy-weaponry-tripoli/",
        "x-default": release,
    }


def test_the_arabic_sitemap_points_back_at_the_english_original(http, public_newsroom):
    urlset = valid_document(http, "/sitemaps/ar.xml")
    hrefs = urlset.xpath("//s:url/xhtml:link[@hreflang='en']/@href", namespaces=NS)
    assert f"{FRONTEND}/newsroom/heavy-weaponry-tripoli/" in hrefs


def test_unpublished_and_restricted_pages_are_not_in_any_sitemap(http, public_newsroom, newsroom):
    from wagtail.models import PageViewRestriction

    draft = PressReleasePageFactory(parent=newsroom, slug="secret-draft", live=False)
    restricted = PressReleasePageFactory(parent=newsroom, slug="members-only")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    for path in ("/sitemaps/en.xml", "/sitemap-news.xml"):
        body = http(path).text
        assert draft.slug not in body and restricted.slug not in body


def test_the_news_sitemap_lists_only_the_last_two_days(http, public_newsroom):
    urlset = valid_document(http, "/sitemap-news.xml")
    assert sorted(urlset.xpath("//s:loc/text()", namespaces=NS)) == [
        f"{FRONTEND}/ar/newsroom/heavy-weaponry-tripoli/",
        f"{FRONTEND}/newsroom/heavy-weaponry-tripoli/",
    ]
    names = set(urlset.xpath("//news:publication/news:name/text()", namespaces=NS))
    languages = set(urlset.xpath("//news:publication/news:language/text()", namespaces=NS))
    titles = set(urlset.xpath("//news:title/text()", namespaces=NS))
    assert names == {"Example Rights"}
    assert languages == {"en", "ar"}
    assert titles == {public_newsroom.release.title, public_newsroom.release_ar.title}


def test_with_no_news_in_two_days_the_news_sitemap_validates_and_leaves_the_index(http, newsroom):
    """A quiet weekend: the document still validates against the schemas (sitemaps.org
    requires a `<url>`), naming the newsroom where news will appear, and the index stops
    listing it until something is published."""
    old = PressReleasePageFactory(parent=newsroom, slug="older", publication_date=date(2020, 1, 6))
    old.save_revision().publish()
    urlset = valid_document(http, "/sitemap-news.xml")
    assert urlset.xpath("//s:loc/text()", namespaces=NS) == [f"{FRONTEND}/newsroom/"]
    assert urlset.xpath("//news:news", namespaces=NS) == []
    index = valid_document(http, "/sitemap.xml", "siteindex.xsd")
    assert f"{FRONTEND}/sitemap-news.xml" not in index.xpath("//s:loc/text()", namespaces=NS)


def test_robots_txt_names_the_sitemap_index(http, public_newsroom):
    response = http("/robots.txt")
    assert response.headers["Content-Type"].startswith("text/plain")
    assert f"Sitemap: {FRONTEND}/sitemap.xml" in response.text.splitlines()
    assert "Disallow: /admin/" in response.text.splitlines()


def locs(document: etree._Element) -> list[str]:
    return document.xpath("//s:loc/text()", namespaces=NS)


@pytest.fixture
def three_per_file(settings, newsroom):
    settings.NEWSROOM_SITEMAP_MAX_URLS = 3
    for n in range(5):
        PressReleasePageFactory(parent=newsroom, title=f"Split {n}", slug=f"split-{n}")
    return settings


def file_urls(http, path: str) -> list[str]:
    document = valid_document(http, path.removeprefix(FRONTEND))
    return document.xpath("/s:urlset/s:url/s:loc/text()", namespaces=NS)


def test_every_public_page_is_in_exactly_one_file_of_at_most_the_limit(
    http, public_newsroom, three_per_file
):
    index = locs(valid_document(http, "/sitemap.xml", "siteindex.xsd"))
    files = [loc for loc in index if "/sitemaps/en" in loc]
    per_file = [file_urls(http, path) for path in files]
    seen = [url for urls in per_file for url in urls]
    three_per_file.NEWSROOM_SITEMAP_MAX_URLS = 50_000
    everything = file_urls(http, "/sitemaps/en.xml")

    assert files[:2] == [f"{FRONTEND}/sitemaps/en.xml", f"{FRONTEND}/sitemaps/en-2.xml"]
    assert len(files) == -(-len(everything) // 3)
    assert all(1 <= len(urls) <= 3 for urls in per_file)
    assert sorted(seen) == sorted(everything) and len(seen) == len(set(seen))
    assert f"{FRONTEND}/newsroom/split-4/" in seen


def test_a_file_past_the_last_is_a_coded_404(http, public_newsroom, three_per_file):
    response = http("/sitemaps/en-9.xml")
    assert response.status_code == 404
    assert b'"code": "NOT_FOUND"' in response.content


def test_a_sitemap_file_is_streamed_not_built_in_one_piece(client, public_newsroom):
    response = client.get("/sitemaps/en.xml")
    assert response.status_code == 200
    assert response.streaming
    assert b"<urlset" in b"".join(response.streaming_content)
    assert "public" in response["Cache-Control"]
