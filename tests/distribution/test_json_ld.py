"""The JSON-LD of every public page of the demo newsroom, in every locale, as a crawler reads
it from a page's HTML: extruct finds it, PyLD expands it with schema.org's context, each type
and property is in the schema.org vocabulary and allowed where it is used, Google's article
guidelines are met (headline, image of 1200 px, dates, an author, the publisher), images carry
their credit and are on the media host the request came in on, and load."""

import json

import pytest
import requests
from django.core.management import call_command

from tests.support.json_ld import Report, check_html, image_urls

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]

EVERY_PAGE = """query($token: String) { sync(token: $token, first: 500) {
  items { __typename urlPath seo { jsonLd } } nextToken hasMore } }"""


def every_page(base_url: str) -> list[dict]:
    pages, token = [], None
    while True:
        response = requests.post(
            f"{base_url}/graphql/",
            json={"query": EVERY_PAGE, "variables": {"token": token}},
            timeout=60,
        )
        sync = response.json()["data"]["sync"]
        pages += sync["items"]
        token = sync["nextToken"]
        if not sync["hasMore"]:
            return pages


def as_html(json_ld: str) -> str:
    """As the reference frontend writes it (frontend_contract/example/src/head.ts): `jsonLd`
    is JSON text, put in the script as it is (with `<` escaped)."""
    assert isinstance(json.loads(json_ld), dict)
    script = json_ld.replace("<", "\\u003c")
    return f'<html><head><script type="application/ld+json">{script}</script></head></html>'


@pytest.fixture
def demo(db):
    call_command("load_demo_newsroom", verbosity=0)


def test_every_public_page_has_json_ld_a_validator_accepts(live_server, demo):
    report, images = Report(), set()
    pages = every_page(live_server.url)
    assert len(pages) > 24
    for page in pages:
        expanded = check_html(
            as_html(page["seo"]["jsonLd"]), page["urlPath"], report, media_base=live_server.url
        )
        images |= set(image_urls(expanded))
    for url in sorted(images):
        loaded = requests.get(url, timeout=30)
        report.check(f"{url} loads", loaded.status_code == 200)
    print(f"JSON-LD: {report} on {len(pages)} pages")
    assert report.failures == [], f"{report}:\n" + "\n".join(report.failures)
