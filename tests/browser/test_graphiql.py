"""GraphiQL in dev: served by the CMS itself from pinned assets, it loads and introspects the
schema in Chromium without a single request leaving the CMS's origin."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def _graphiql_on(settings):
    settings.NEWSROOM_GRAPHQL = {**settings.NEWSROOM_GRAPHQL, "GRAPHIQL": True}


def test_graphiql_loads_and_reads_the_schema_with_no_external_request(
    browser_page: Page, live_server, screenshot
):
    requested: list[str] = []
    browser_page.on("request", lambda request: requested.append(request.url))
    with browser_page.expect_response(
        lambda r: r.url.endswith("/graphql/") and r.request.method == "POST"
    ) as introspection:
        browser_page.goto("/graphql/")
    assert introspection.value.status == 200
    assert introspection.value.json()["data"]["__schema"]["queryType"]["name"] == "Query"
    expect(browser_page.locator(".graphiql-container")).to_be_visible()
    screenshot(browser_page, "graphiql")
    outside = [url for url in requested if not url.startswith((live_server.url, "data:"))]
    assert outside == []
    assert any("/static/graphiql/graphiql.min.js" in url for url in requested)


def test_graphiql_is_not_served_when_turned_off(browser_page: Page, settings):
    settings.NEWSROOM_GRAPHQL = {**settings.NEWSROOM_GRAPHQL, "GRAPHIQL": False}
    response = browser_page.goto("/graphql/")
    assert "graphiql" not in response.text().lower()
