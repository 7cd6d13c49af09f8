"""Sitemaps for crawlers: an index, one sitemap per locale with hreflang alternates
(`xhtml:link`), a Google News sitemap, and robots.txt naming the index.

Written directly rather than with `django.contrib.sitemaps`: its alternates come from Django's
i18n URL patterns, while ours are the frontend URLs of a page's published translations.
Locations are on the public website (NEWSROOM_FRONTEND_BASE_URL), which serves or proxies
these documents at the same paths.
"""

import math
from collections.abc import Callable, Iterator
from functools import partial
from io import StringIO

from django.conf import settings
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils.xmlutils import SimplerXMLGenerator

from cms.conf import newsroom
from newsroom_pages.localization import checked_locale, locale_codes
from newsroom_pages.paths import frontend_base_url, frontend_url
from newsroom_pages.sharing import published_at

from .http import error_response, public_document, public_stream
from .selection import (
    NEWS_SITEMAP_WINDOW,
    Public,
    alternates,
    newsroom_pages,
    recent_news,
    sitemap_counts,
    sitemap_pages,
    sitemap_part_ids,
)

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
# Pages read (with their translations) per step of a streamed sitemap file; a file holds at
# most NEWSROOM_SITEMAP_MAX_URLS (sitemaps.org: 50,000 URLs and 50 MB; a URL with its four
# alternates is under 1 KB, so 50,000 stay under 50 MB).
CHUNK = 1000
# Google News: at most 1,000 articles, published in the last two days.
MAX_NEWS_URLS = 1_000
XML = "application/xml; charset=utf-8"


def _base_url(request: HttpRequest) -> str:
    return frontend_base_url(request.get_host().split(":")[0], request.build_absolute_uri("/"))


def _document(root: str, namespaces: dict[str, str], write) -> bytes:
    out = StringIO()
    xml = SimplerXMLGenerator(out, "utf-8", short_empty_elements=True)
    xml.startDocument()
    xml.startElement(root, namespaces)
    write(xml)
    xml.endElement(root)
    xml.endDocument()
    return out.getvalue().encode()


def _news(public: Public) -> list:
    """Google News: what was published in the window, newest first."""
    since = public.at - NEWS_SITEMAP_WINDOW
    return [item for item in recent_news(public) if published_at(item) >= since][:MAX_NEWS_URLS]


def parts(count: int) -> int:
    """How many files a locale's sitemap needs (one even when it is empty)."""
    return max(1, math.ceil(count / newsroom.SITEMAP_MAX_URLS))


def part_path(code: str, part: int) -> str:
    if part == 1:
        return reverse("feeds:sitemap", kwargs={"locale": code})
    return reverse("feeds:sitemap-part", kwargs={"locale": code, "part": part})


@public_document
def sitemap_index(request: HttpRequest) -> HttpResponse:
    """Every file of every locale's sitemap (as many as its pages need at
    NEWSROOM_SITEMAP_MAX_URLS a file), and the News sitemap while it has news: on a quiet
    weekend there is none, and an index should not send crawlers to a document about nothing."""
    public = Public.now()
    base_url, has_news, counts = _base_url(request), bool(_news(public)), sitemap_counts(public)

    def write(xml: SimplerXMLGenerator) -> None:
        for code in locale_codes():
            for part in range(1, parts(counts.get(code, 0)) + 1):
                xml.startElement("sitemap", {})
                xml.addQuickElement("loc", base_url + part_path(code, part))
                xml.endElement("sitemap")
        if has_news:
            xml.startElement("sitemap", {})
            xml.addQuickElement("loc", base_url + reverse("feeds:news-sitemap"))
            xml.endElement("sitemap")

    return HttpResponse(_document("sitemapindex", {"xmlns": SITEMAP_NS}, write), content_type=XML)


@public_stream
def locale_sitemap(request: HttpRequest, locale: str, part: int = 1) -> HttpResponse:
    """One file of a locale's sitemap, streamed in chunks of CHUNK pages (their translations
    read per chunk), so memory stays flat whatever the file's size."""
    code, base_url, public = checked_locale(locale), _base_url(request), Public.now()
    ids = sitemap_part_ids(public, code, part, newsroom.SITEMAP_MAX_URLS)
    if part > 1 and not ids:
        return error_response("NOT_FOUND", f"The {code} sitemap has no file {part}.", 404)

    def chunks() -> Iterator[Callable[[SimplerXMLGenerator], None]]:
        for start in range(0, len(ids), CHUNK):
            pages = sitemap_pages(ids[start : start + CHUNK])
            yield partial(_urls, pages, alternates(public, pages), base_url)

    namespaces = {"xmlns": SITEMAP_NS, "xmlns:xhtml": XHTML_NS}
    return StreamingHttpResponse(_streamed("urlset", namespaces, chunks()), content_type=XML)


def _urls(pages: list, translations: dict, base_url: str, xml: SimplerXMLGenerator) -> None:
    for page in pages:
        xml.startElement("url", {})
        xml.addQuickElement("loc", frontend_url(page, base_url))
        if page.last_published_at:
            xml.addQuickElement("lastmod", page.last_published_at.isoformat())
        versions = translations.get(page.translation_key, [])
        if len(versions) > 1:
            for version in versions:
                _alternate(xml, version.locale.language_code, frontend_url(version, base_url))
            default = [v for v in versions if v.locale.language_code == settings.LANGUAGE_CODE]
            if default:
                _alternate(xml, "x-default", frontend_url(default[0], base_url))
        xml.endElement("url")


def _streamed(root: str, namespaces: dict[str, str], chunks) -> Iterator[bytes]:
    out = StringIO()
    xml = SimplerXMLGenerator(out, "utf-8", short_empty_elements=True)

    def flush() -> bytes:
        text = out.getvalue()
        out.seek(0)
        out.truncate()
        return text.encode()

    xml.startDocument()
    xml.startElement(root, namespaces)
    for write in chunks:
        write(xml)
        yield flush()
    xml.endElement(root)
    xml.endDocument()
    yield flush()


def _alternate(xml: SimplerXMLGenerator, hreflang: str, href: str) -> None:
    xml.addQuickElement(
        "xhtml:link", attrs={"rel": "alternate", "hreflang": hreflang, "href": href}
    )


@public_document
def news_sitemap(request: HttpRequest) -> HttpResponse:
    """With no news in the window the document still validates (sitemaps.org requires at
    least one `<url>`): it lists the public newsroom pages, without `news:news`, where the
    next items will appear. With no public newsroom either, it is a 404."""
    base_url, public = _base_url(request), Public.now()
    items = _news(public)
    newsrooms = [] if items else newsroom_pages(public)
    if not items and not newsrooms:
        return error_response("NOT_FOUND", "No public newsroom.", 404)

    def write(xml: SimplerXMLGenerator) -> None:
        for page in newsrooms:
            xml.startElement("url", {})
            xml.addQuickElement("loc", frontend_url(page, base_url))
            xml.endElement("url")
        for item in items:
            xml.startElement("url", {})
            xml.addQuickElement("loc", frontend_url(item, base_url))
            xml.startElement("news:news", {})
            xml.startElement("news:publication", {})
            xml.addQuickElement("news:name", newsroom.PUBLISHER_NAME)
            xml.addQuickElement("news:language", item.locale.language_code)
            xml.endElement("news:publication")
            xml.addQuickElement("news:publication_date", published_at(item).isoformat())
            xml.addQuickElement("news:title", item.title)
            xml.endElement("news:news")
            xml.endElement("url")

    namespaces = {"xmlns": SITEMAP_NS, "xmlns:news": NEWS_NS}
    return HttpResponse(_document("urlset", namespaces, write), content_type=XML)


@public_document
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /graphql/",
        "Disallow: /preview/",
        "",
        f"Sitemap: {_base_url(request)}{reverse('feeds:sitemap-index')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
