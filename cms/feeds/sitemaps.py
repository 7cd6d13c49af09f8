"""Sitemaps for crawlers: an index, one sitemap per locale with hreflang alternates
(`xhtml:link`), a Google News sitemap, and robots.txt naming the index.

Written directly rather than with `django.contrib.sitemaps`: its alternates come from Django's
i18n URL patterns, while ours are the frontend URLs of a page's published translations.
Locations are on the public website (NEWSROOM_FRONTEND_BASE_URL), which serves or proxies
these documents at the same paths.
"""

from io import StringIO

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.xmlutils import SimplerXMLGenerator

from newsroom_pages.paths import frontend_base_url, frontend_url
from newsroom_pages.sharing import published_at

from .http import public_document
from .selection import (
    NEWS_SITEMAP_WINDOW,
    Public,
    alternates,
    checked_locale,
    locale_codes,
    recent_news,
    sitemap_pages,
)

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
# sitemaps.org: at most 50,000 URLs per sitemap.
MAX_URLS = 50_000
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


@public_document
def sitemap_index(request: HttpRequest) -> HttpResponse:
    base_url = _base_url(request)

    def write(xml: SimplerXMLGenerator) -> None:
        for code in locale_codes():
            xml.startElement("sitemap", {})
            path = reverse("feeds:sitemap", kwargs={"locale": code})
            xml.addQuickElement("loc", base_url + path)
            xml.endElement("sitemap")
        xml.startElement("sitemap", {})
        xml.addQuickElement("loc", base_url + reverse("feeds:news-sitemap"))
        xml.endElement("sitemap")

    return HttpResponse(_document("sitemapindex", {"xmlns": SITEMAP_NS}, write), content_type=XML)


@public_document
def locale_sitemap(request: HttpRequest, locale: str) -> HttpResponse:
    code, base_url, public = checked_locale(locale), _base_url(request), Public.now()
    pages = sitemap_pages(public, code)[:MAX_URLS]
    translations = alternates(public, pages)

    def write(xml: SimplerXMLGenerator) -> None:
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

    namespaces = {"xmlns": SITEMAP_NS, "xmlns:xhtml": XHTML_NS}
    return HttpResponse(_document("urlset", namespaces, write), content_type=XML)


def _alternate(xml: SimplerXMLGenerator, hreflang: str, href: str) -> None:
    xml.addQuickElement(
        "xhtml:link", attrs={"rel": "alternate", "hreflang": hreflang, "href": href}
    )


@public_document
def news_sitemap(request: HttpRequest) -> HttpResponse:
    base_url, public = _base_url(request), Public.now()
    since = public.at - NEWS_SITEMAP_WINDOW
    items = [item for item in recent_news(public) if published_at(item) >= since]

    def write(xml: SimplerXMLGenerator) -> None:
        for item in items[:MAX_NEWS_URLS]:
            xml.startElement("url", {})
            xml.addQuickElement("loc", frontend_url(item, base_url))
            xml.startElement("news:news", {})
            xml.startElement("news:publication", {})
            xml.addQuickElement("news:name", settings.NEWSROOM_PUBLISHER_NAME)
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
