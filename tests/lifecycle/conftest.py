"""A story's life after publication (takedowns, licences that end), seen from outside: every
output path fetched over real HTTP from the live server, the response cache on."""

import json
import urllib.parse

import pytest

from tests.distribution.conftest import (  # noqa: F401 (fixtures)
    Newsroom,
    arabic,
    frontend,
    http,
    public_newsroom,
    restorable_database,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LOCALES = ("en", "ar")
LISTING = """query($locale: String, $search: String) {
  newsItems(locale: $locale, search: $search, first: 100) {
    totalCount edges { node { title urlPath heroImage { credit rendition(width: 800) { url } } } }
  }
}"""
PAGE = """query($path: String!) {
  page(urlPath: $path) {
    title
    ... on NewsItem { heroImage { credit rendition(width: 800) { url } } seo { ogImage { url } jsonLd } }
  }
}"""
SYNC = """query($token: String) {
  sync(token: $token, first: 500) {
    items { title ... on NewsItem { heroImage { credit rendition(width: 800) { url } } } }
    deleted { databaseId locale urlPath }
    nextToken
  }
}"""


@pytest.fixture(autouse=True)
def production_like(settings):
    settings.NEWSROOM_API_CACHE_ENABLED = True
    settings.NEWSROOM_WEBHOOK_URLS = ["http://127.0.0.1:9/hook"]
    settings.NEWSROOM_WEBHOOK_SECRET = "lifecycle-secret"


def graphql(get, query: str, **variables) -> dict:
    """GET, as a cacheable public client asks."""
    params = urllib.parse.urlencode({"query": query, "variables": json.dumps(variables)})
    return get(f"/graphql/?{params}", Accept="application/graphql-response+json").json()


def every_output(get, paths: list[str], search: str) -> dict[str, str]:
    """What each public path shows, by name: listings and search per locale, `page` for each
    of `paths`, feeds, sitemaps and the sync from the start."""
    shown = {}
    for code in LOCALES:
        shown[f"newsItems({code})"] = json.dumps(graphql(get, LISTING, locale=code))
        shown[f"search({code})"] = json.dumps(graphql(get, LISTING, locale=code, search=search))
        for feed in ("rss.xml", "atom.xml", "feed.json"):
            shown[f"{feed}({code})"] = get(f"/feeds/{code}/{feed}").text
        shown[f"sitemap({code})"] = get(f"/sitemaps/{code}.xml").text
    shown["sitemap-news"] = get("/sitemap-news.xml").text
    for path in paths:
        shown[f"page({path})"] = json.dumps(graphql(get, PAGE, path=path))
    shown["sync"] = json.dumps(graphql(get, SYNC)["data"]["sync"]["items"])
    return shown


def showing(shown: dict[str, str], *needles: str) -> list[str]:
    return [name for name, text in shown.items() if any(needle in text for needle in needles)]
