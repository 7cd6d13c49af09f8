"""On the CMS's origin (admin and /preview/), Chromium refuses to run a `javascript:` link even
if one reached the page: the Content-Security-Policy has no 'unsafe-inline' for scripts. The
journeys (test_editorial_journey, test_translator_journey) check the same policy blocks
nothing the admin needs."""

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.factories import PressReleasePageFactory

from .conftest import EDITOR_PASSWORD, REPORT_CSP_VIOLATIONS, log_in

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.browser,
]

PLANT_SCRIPT_LINK = """() => {
  const link = document.createElement("a");
  link.id = "planted";
  link.href = "javascript:document.title='pwned'";
  link.textContent = "click me";
  document.body.prepend(link);
}"""


@pytest.fixture
def watched_page(chromium: Browser, live_server) -> Iterator[tuple[Page, list[str]]]:
    """A page whose CSP violations are collected instead of failing the test."""
    context = chromium.new_context(base_url=live_server.url)
    context.set_default_timeout(15_000)
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text))
    yield page, violations
    context.close()


def click_planted_script_link(page: Page) -> str:
    page.evaluate(PLANT_SCRIPT_LINK)
    page.click("#planted")
    page.wait_for_timeout(500)
    return page.title()


def test_a_javascript_link_does_not_run_in_the_admin(watched_page, editor):
    page, violations = watched_page
    log_in(page, "editor", EDITOR_PASSWORD)

    assert click_planted_script_link(page) != "pwned"
    assert any(text.startswith("CSP violation: script-src") for text in violations), violations


def test_a_javascript_link_does_not_run_in_the_preview(watched_page, newsroom):
    page, violations = watched_page
    draft = PressReleasePageFactory(parent=newsroom, title="Draft under embargo", live=False)
    page.goto(f"/preview/?token={draft.create_page_preview().token}")
    assert page.locator("h1").inner_text() == "Draft under embargo"

    assert click_planted_script_link(page) != "pwned"
    assert any(text.startswith("CSP violation: script-src") for text in violations), violations
