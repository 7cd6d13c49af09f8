"""The editor's journey in a real browser: a credited photograph, a press release drafted,
previewed through its token while the public side does not have it, then published; and an
item scheduled for later that stays unpublished."""

import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from cms.media.models import NewsroomImage
from newsroom_pages.pages import PressReleasePage
from tests.browser.conftest import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture(autouse=True)
def _editor_may_publish_without_legal_review(settings):
    """This journey is about drafting, previewing and publishing; legal review has its own
    journey (test_embargo_journey.py), so here the editor's group may bypass it."""
    settings.NEWSROOM_LEGAL_REVIEW_BYPASS_GROUPS = ["Moderators"]


CREDIT = "Photo by MAHMUD TURKIA/AFP via Getty Images"
TITLE = "Libya: authorities must release detained protesters"


@pytest.fixture
def photograph_file(tmp_path) -> Path:
    from PIL import Image

    path = tmp_path / "tripoli-protest.jpg"
    Image.new("RGB", (1200, 800), (70, 90, 120)).save(path, format="JPEG")
    return path


def upload_photograph(page: Page, path: Path, screenshot) -> None:
    page.goto("/admin/images/add/")
    page.set_input_files("#id_file", str(path))
    page.fill("#id_title", "Tripoli protest")
    page.fill("#id_alt_text", "Protesters gather in Martyrs' Square, Tripoli")
    page.get_by_role("button", name="Upload").click()
    credit_field = page.locator(".w-field__wrapper", has=page.locator("#id_credit"))
    expect(credit_field).to_contain_text("This field is required")
    assert not NewsroomImage.objects.filter(title="Tripoli protest").exists()
    screenshot(page, "01-credit-required")

    page.set_input_files("#id_file", str(path))
    page.fill("#id_credit", CREDIT)
    page.get_by_role("button", name="Upload").click()
    expect(page).not_to_have_url("/admin/images/add/")


def add_block(page: Page, kind: str) -> None:
    body = page.locator("#panel-child-content-body-content")
    body.locator("button.c-sf-add-button").last.click()
    page.locator(".w-combobox__option", has_text=kind).first.click()


def choose_image(page: Page, trigger, title: str) -> None:
    trigger.click()
    page.locator(f".modal a.image-choice[title='{title}']").click()
    expect(page.locator(".modal")).to_be_hidden()


def fill_date(page: Page, selector: str, value: str) -> None:
    """Types into a date field and leaves it, so its picker closes as it does for an editor."""
    page.fill(selector, value)
    page.locator(selector).press("Tab")
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)


def fill_press_release(page: Page, newsroom_id: int, *, title: str, slug: str) -> None:
    page.goto(f"/admin/pages/add/newsroom_pages/pressreleasepage/{newsroom_id}/")
    page.get_by_role("tab", name="Promote").click()
    page.fill("#id_slug", slug)
    page.get_by_role("tab", name="Content").click()
    page.fill("#id_title", title)
    page.fill("#id_summary", "Dozens were detained after peaceful protests in Tripoli.")
    fill_date(page, "#id_publication_date", "2026-11-20")


def open_preview(page: Page):
    page.locator("[data-side-panel-toggle=preview]").click()
    return page.frame_locator("#w-preview-iframe").frame_locator("iframe")


def test_an_editor_drafts_previews_and_publishes_a_press_release_with_a_credited_photo(
    browser_page: Page,
    browser_context,
    editor,
    newsroom,
    public_titles,
    screenshot,
    photograph_file,
):
    page = browser_page
    log_in(page)
    upload_photograph(page, photograph_file, screenshot)
    assert NewsroomImage.objects.get(title="Tripoli protest").credit == CREDIT

    fill_press_release(page, newsroom.pk, title=TITLE, slug="libya-release-protesters")
    choose_image(
        page,
        page.locator("#panel-child-content-listing-content button", has_text="Choose an image"),
        "Tripoli protest",
    )
    body = page.locator("#panel-child-content-body-content")
    add_block(page, "Paragraph")
    paragraph = body.locator("[contenteditable=true]").last
    paragraph.click()
    paragraph.type("The authorities must release everyone detained for protesting peacefully.")
    add_block(page, "Image")
    choose_image(page, body.locator("button", has_text="Choose an image").last, "Tripoli protest")
    add_block(page, "Quote")
    page.fill("#body-2-value-text", "Peaceful protest is not a crime.")
    page.fill("#body-2-value-speaker", "Regional Director")
    page.fill("#body-2-value-role", "Middle East and North Africa")
    page.set_viewport_size({"width": 1280, "height": 2300})
    page.locator("#id_title").scroll_into_view_if_needed()
    form_screenshot = screenshot(page, "02-press-release-form")
    if os.environ.get("NEWSROOM_UPDATE_DOCS_SCREENSHOTS"):
        shutil.copyfile(form_screenshot, DOCS_SCREENSHOT)
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url("**/edit/")
    release = PressReleasePage.objects.get(slug="libya-release-protesters")
    assert release.live is False
    assert TITLE not in public_titles()

    preview = open_preview(page)
    expect(preview.locator("h1")).to_have_text(TITLE)
    expect(preview.locator("[data-testid=hero-credit]")).to_have_text(CREDIT)
    expect(preview.locator("[data-testid=image-credit]")).to_have_text(CREDIT)
    expect(preview.locator("blockquote")).to_contain_text("Peaceful protest is not a crime.")
    screenshot(page, "03-preview-panel")

    token_url = page.frame_locator("#w-preview-iframe").locator("iframe").get_attribute("src")
    anonymous = browser_context.browser.new_page(base_url=page.url.split("/admin/")[0])
    anonymous.goto(token_url)
    expect(anonymous.locator("h1")).to_have_text(TITLE)
    screenshot(anonymous, "04-preview-through-token")
    anonymous.goto("/preview/?token=" + "forged")
    expect(anonymous.locator("h1")).to_have_text("Preview unavailable")
    anonymous.close()
    assert TITLE not in public_titles()

    publish_from_the_footer_menu(page)
    expect(page.locator(".messages")).to_contain_text("published")
    screenshot(page, "05-published")
    release.refresh_from_db()
    assert release.live is True
    assert TITLE in public_titles()


DOCS_SCREENSHOT = DOCS / "editor-press-release-form.png"


def publish_from_the_footer_menu(page: Page) -> None:
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.get_by_role("button", name="Publish").click()


def test_an_item_scheduled_for_the_future_stays_unpublished(
    browser_page: Page, editor, newsroom, public_titles, screenshot
):
    page = browser_page
    log_in(page)
    fill_press_release(page, newsroom.pk, title="Embargoed report launch", slug="embargoed")
    page.locator("[data-side-panel-toggle=status]").click()
    page.locator("[data-a11y-dialog-show=schedule-publishing-dialog]").first.click()
    page.fill("#id_go_live_at", "2099-01-01 09:00")
    page.locator("#schedule-publishing-dialog h2, #schedule-publishing-dialog-title").first.click()
    screenshot(page, "01-schedule-dialog")
    save_schedule = page.get_by_role("button", name="Save schedule")
    save_schedule.focus()  # the date picker overlays the button; editors tab to it too
    page.keyboard.press("Enter")
    page.wait_for_url("**/edit/")
    publish_from_the_footer_menu(page)
    expect(page.locator(".messages")).to_contain_text("scheduled")
    screenshot(page, "02-scheduled")

    item = PressReleasePage.objects.get(slug="embargoed")
    assert item.live is False
    assert item.go_live_at.year == 2099
    assert "Embargoed report launch" not in public_titles()
