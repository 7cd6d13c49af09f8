"""wagtail-localize's translation editor (a React app) works on Wagtail 8 in a real browser:
a translator translates a segment, saves it and publishes the Arabic page.

Debian's Chromium driven by Playwright against pytest-django's live server; Playwright's sync
API runs an event loop in this thread, so Django's async-safety guard is lifted here.
"""

import os
from collections.abc import Iterator

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import Page, expect, sync_playwright
from wagtail.models import Locale, Site
from wagtail_localize.operations import translate_object

from cms.translation.permissions import TRANSLATORS_GROUP
from newsroom_pages.pages import PressReleasePage
from tests.factories import NewsroomIndexPageFactory, PressReleasePageFactory

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]
PASSWORD = "translate-it-42"

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def browser_page(live_server) -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page(base_url=live_server.url)
        page.set_default_timeout(15_000)
        yield page
        browser.close()


@pytest.fixture
def arabic_draft() -> PressReleasePage:
    root = Site.objects.get(is_default_site=True).root_page
    source = PressReleasePageFactory(
        parent=NewsroomIndexPageFactory(parent=root), title="Militia must be held to account"
    )
    source.save_revision().publish()
    arabic = Locale.objects.get(language_code="ar")
    translate_object(source, [arabic])
    return source.get_translation(arabic)


def test_a_translator_translates_and_publishes_in_the_translation_editor(
    browser_page: Page, arabic_draft, django_user_model
):
    translator = django_user_model.objects.create_user("translator", password=PASSWORD)
    translator.groups.add(Group.objects.get(name=TRANSLATORS_GROUP))
    page = browser_page
    page.goto("/admin/login/")
    page.fill("#id_username", "translator")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")

    page.goto(f"/admin/pages/{arabic_draft.pk}/edit/")
    title = page.locator("li.incomplete", has_text="Militia must be held to account")
    title.get_by_role("button", name="Translate").click()
    title.locator("textarea").fill("يجب محاسبة الميليشيا")
    title.get_by_role("button", name="Save").click()
    expect(page.locator("li", has_text="يجب محاسبة الميليشيا").first).to_be_visible()

    page.get_by_role("button", name="Publish in Arabic").click()
    page.wait_for_load_state("networkidle")
    published = PressReleasePage.objects.get(pk=arabic_draft.pk)
    assert published.live
    assert published.title == "يجب محاسبة الميليشيا"
