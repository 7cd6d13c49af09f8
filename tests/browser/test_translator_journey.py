"""A translator works in wagtail-localize's translation editor (a React app) on Wagtail 8 in a
real browser: translates a segment, saves, publishes in Arabic, which submits the translation
to Legal review; once a reviewer approves it, the Arabic preview and the API read right to
left."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import Page, expect
from wagtail.models import Locale, Site
from wagtail_localize.operations import translate_object

from cms.translation.permissions import translators_group_name
from newsroom_pages.pages import PressReleasePage
from tests.factories import NewsroomIndexPageFactory, PressReleasePageFactory

from .conftest import EDITOR_PASSWORD, log_in

PASSWORD = "translate-it-42"
ARABIC_TITLE = "يجب محاسبة الميليشيا"

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.browser,
]


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


@pytest.fixture
def translator(django_user_model):
    user = django_user_model.objects.create_user("translator", password=PASSWORD)
    user.groups.add(Group.objects.get(name=translators_group_name("ar")))
    return user


@pytest.fixture
def reviewer(django_user_model):
    user = django_user_model.objects.create_user("reviewer", password=EDITOR_PASSWORD)
    user.groups.add(Group.objects.get(name="Reviewers"))
    return user


def test_a_translator_translates_and_a_reviewer_publishes_right_to_left(
    browser_context,
    browser_page: Page,
    arabic_draft,
    translator,
    reviewer,
    screenshot,
    graphql_over_http,
    live_server,
):
    page = browser_page
    log_in(page, "translator", PASSWORD)
    page.goto(f"/admin/pages/{arabic_draft.pk}/edit/")
    title = page.locator("li.incomplete", has_text="Militia must be held to account")
    title.get_by_role("button", name="Translate").click()
    title.locator("textarea").fill(ARABIC_TITLE)
    title.get_by_role("button", name="Save").click()
    expect(page.locator("li", has_text=ARABIC_TITLE).first).to_be_visible()
    screenshot(page, "translation-editor")

    page.get_by_role("button", name="Publish in Arabic").click()
    page.wait_for_load_state("networkidle")
    submitted = PressReleasePage.objects.get(pk=arabic_draft.pk)
    assert not submitted.live
    assert submitted.current_workflow_state.workflow.name == "Legal review"

    reviewer_page = browser_context.browser.new_page(base_url=live_server.url)
    log_in(reviewer_page, "reviewer")
    reviewer_page.goto("/admin/")
    reviewer_page.locator("[data-testid=dashboard-awaiting], main").first.get_by_role(
        "button", name="Actions"
    ).first.click()
    with reviewer_page.expect_navigation():
        reviewer_page.get_by_role("button", name="Approve", exact=True).click()
    reviewer_page.close()
    published = PressReleasePage.objects.get(pk=arabic_draft.pk)
    assert published.live and published.title == ARABIC_TITLE

    token = published.create_page_preview().token
    page.goto(f"/preview/?token={token}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_text(ARABIC_TITLE).first).to_be_visible()
    screenshot(page, "arabic-preview")

    data = graphql_over_http(
        "query($path: String!) { page(urlPath: $path) { title locale } locales { code direction } }",
        {"path": f"/ar/newsroom/{published.slug}/"},
    )
    assert data["page"] == {"title": ARABIC_TITLE, "locale": "ar"}
    assert {"code": "ar", "direction": "RTL"} in data["locales"]
