"""Real Chromium (Debian's /usr/bin/chromium, never a downloaded build) driven by Playwright
against pytest-django's live server.

Playwright's sync API runs an event loop in this thread, so Django's async-safety guard is
lifted for these tests; the live server itself runs in its own thread as usual.
"""

import json
import os
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests.support.live_server import _restorable_database  # noqa: F401 (autouse fixture)

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
EDITOR_PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


# Every journey also checks the Content-Security-Policy: a directive that blocks something
# the admin needs fails the journey that met it.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`
    + ` at ${event.sourceFile}:${event.lineNumber}`);
});
"""


@pytest.fixture
def browser_context(chromium: Browser, live_server) -> Iterator[BrowserContext]:
    context = chromium.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(15_000)
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    violations: list[str] = []
    context.on(
        "console",
        lambda message: (
            violations.append(message.text) if message.text.startswith("CSP violation") else None
        ),
    )
    yield context
    context.close()
    assert violations == [], "the CSP blocked what the admin needs:\n" + "\n".join(violations)


@pytest.fixture
def browser_page(browser_context: BrowserContext) -> Page:
    return browser_context.new_page()


@pytest.fixture
def screenshot(request) -> callable:
    """Saves `test-artifacts/browser/<test>/<step>.png` (gitignored) for the key steps."""
    folder = ARTIFACTS / request.node.name
    folder.mkdir(parents=True, exist_ok=True)

    def take(page: Page, step: str, **options) -> Path:
        path = folder / f"{step}.png"
        page.screenshot(path=str(path), **options)
        return path

    return take


@pytest.fixture
def editor(settings):
    """A newsroom editor who may publish: Wagtail's Moderators group (its Editors group may
    only submit for moderation)."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0  # every save in the journey is the editor's own
    user = get_user_model().objects.create_user(
        "editor", "editor@example.org", EDITOR_PASSWORD, is_staff=False
    )
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def graphql_over_http(live_server):
    """POSTs a query to the live server's /graphql/, as a frontend does."""

    def query(text: str, variables: dict | None = None) -> dict:
        request = urllib.request.Request(  # noqa: S310 (the loopback live server)
            f"{live_server.url}/graphql/",
            data=json.dumps({"query": text, "variables": variables or {}}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            body = json.loads(response.read())
        assert "errors" not in body, body["errors"]
        return body["data"]

    return query


@pytest.fixture
def public_titles(graphql_over_http):
    """The titles the public API serves now, through `newsItems`."""

    def titles() -> set[str]:
        data = graphql_over_http("{ newsItems(first: 100) { edges { node { title } } } }")
        return {edge["node"]["title"] for edge in data["newsItems"]["edges"]}

    return titles


def log_in(page: Page, username: str = "editor", password: str = EDITOR_PASSWORD) -> None:
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
