"""A frontend on another origin, as a browser runs it: a page served from a second loopback
port fetches the listing from the CMS through CORS (a JSON POST, so with a preflight) and
shows the hero image from the URL the API gave, which loads."""

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Page

from cms.api.http.contract import documents
from tests.factories import ImageFactory, PressReleasePageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FRONTEND_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Frontend</title></head>
<body><ul id="news"></ul>
<script type="module">
const query = await (await fetch("/NewsListing.graphql")).text();
const response = await fetch(new URLSearchParams(location.search).get("api"), {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ query, variables: { first: 5 } }),
});
const { data } = await response.json();
for (const { node } of data.newsItems.edges) {
  const item = document.createElement("li");
  const image = new Image();
  image.src = node.heroImage.card.url;
  image.alt = node.heroImage.alt;
  item.append(image, node.title, " — ", node.heroImage.credit);
  document.getElementById("news").append(item);
}
</script></body></html>
"""


@pytest.fixture
def frontend(tmp_path: Path) -> Iterator[str]:
    """The frontend's static files on their own loopback port; yields its origin."""
    (tmp_path / "index.html").write_text(FRONTEND_PAGE)
    (tmp_path / "NewsListing.graphql").write_text(documents()["NewsListing"])
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_frontend_on_another_origin_lists_the_news_and_its_image_loads(
    browser_page: Page, live_server, frontend, newsroom, settings, screenshot
):
    settings.CORS_ALLOWED_ORIGINS = [frontend]
    PressReleasePageFactory(
        parent=newsroom,
        title="Libya: authorities must release detained protesters",
        hero_image=ImageFactory(file__width=1600, file__height=900),
    )
    browser_page.goto(f"{frontend}/index.html?api={live_server.url}/graphql/")
    image = browser_page.locator("#news li img")
    image.wait_for()
    browser_page.wait_for_function("document.querySelector('#news img').complete")
    assert image.evaluate("img => img.naturalWidth") == 800
    assert image.get_attribute("src").startswith(f"{live_server.url}/media/images/")
    assert "Libya: authorities must release detained protesters" in browser_page.inner_text("#news")
    screenshot(browser_page, "frontend")


def test_a_frontend_on_an_origin_not_allowed_cannot_read_the_api(
    browser_page: Page, live_server, frontend, settings
):
    settings.CORS_ALLOWED_ORIGINS = ["https://www.example.org"]
    with browser_page.expect_event("pageerror") as error:
        browser_page.goto(f"{frontend}/index.html?api={live_server.url}/graphql/")
    assert "Failed to fetch" in str(error.value)
    assert browser_page.locator("#news li").count() == 0
