"""The embargo journey in a real browser: an editor schedules a report, which passes legal
review; the editor sends it to a press list (emails received by a real SMTP server); one
journalist opens the link ("Embargoed until …"), another's link is revoked and stops working;
at go-live the link leads to the public page."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import Page, expect
from wagtail.models import WorkflowState

from cms.embargo.links import EmbargoLink, EmbargoOpen
from newsroom_pages.pages import ReportPage
from tests.browser.conftest import EDITOR_PASSWORD, log_in
from tests.factories import JournalistFactory, PressListFactory, ReportPageFactory
from tests.support.smtp import link_in, smtp_mailbox

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Libya: new evidence of abuses against refugees and migrants"
GO_LIVE = "2030-06-01 09:00"
GO_LIVE_UTC = datetime.datetime(2030, 6, 1, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def mailbox(settings):
    with smtp_mailbox(settings) as box:
        yield box


@pytest.fixture
def reviewer():
    user = get_user_model().objects.create_user("reviewer", "reviewer@example.org", EDITOR_PASSWORD)
    user.groups.add(Group.objects.get(name="Reviewers"))
    return user


@pytest.fixture
def report(newsroom):
    return ReportPageFactory(parent=newsroom, title=TITLE, slug="libya-new-evidence", live=False)


@pytest.fixture
def press_list():
    return PressListFactory(
        name="MENA desk",
        journalists=[
            JournalistFactory(
                name="Amal Haddad", outlet="Tripoli Post", email="amal@press.example"
            ),
            JournalistFactory(name="Ben Carter", outlet="Wire Service", email="ben@press.example"),
        ],
    )


def footer_action(page: Page, name: str) -> None:
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    page.get_by_role("button", name=name, exact=True).click()


def schedule(page: Page, report_id: int) -> None:
    page.goto(f"/admin/pages/{report_id}/edit/")
    page.locator("[data-side-panel-toggle=status]").click()
    page.locator("[data-a11y-dialog-show=schedule-publishing-dialog]").first.click()
    page.fill("#id_go_live_at", GO_LIVE)
    page.locator("#schedule-publishing-dialog h2, #schedule-publishing-dialog-title").first.click()
    save_schedule = page.get_by_role("button", name="Save schedule")
    save_schedule.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/edit/")


def test_a_report_goes_from_legal_review_to_journalists_under_embargo_to_public(
    browser_context,
    browser_page: Page,
    editor,
    reviewer,
    report,
    press_list,
    mailbox,
    public_titles,
    screenshot,
    live_server,
    settings,
):
    settings.WAGTAILADMIN_BASE_URL = live_server.url  # links in the emails point here
    # The editor schedules the report; publishing directly is not offered, only legal review.
    page = browser_page
    log_in(page)
    schedule(page, report.pk)
    page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    expect(page.get_by_role("button", name="Publish", exact=True)).to_have_count(0)
    page.get_by_role("button", name="Submit to Legal review").click()
    expect(page.locator("tbody").first).to_contain_text("In moderation", ignore_case=True)
    screenshot(page, "01-submitted-to-legal-review")
    assert WorkflowState.objects.get(object_id=str(report.pk)).workflow.name == "Legal review"
    assert not ReportPage.objects.get(pk=report.pk).live

    # A reviewer approves: the approved revision is scheduled, not yet public.
    reviewer_page = browser_context.browser.new_page(base_url=live_server.url)
    log_in(reviewer_page, "reviewer")
    expect(reviewer_page.locator("[data-testid=dashboard-awaiting]")).to_contain_text(TITLE)
    reviewer_page.goto(f"/admin/pages/{report.pk}/edit/")
    footer_action(reviewer_page, "Approve")
    reviewer_page.wait_for_url("**/admin/**")
    screenshot(reviewer_page, "02-approved")
    reviewer_page.close()
    revision = report.revisions.get(approved_go_live_at__isnull=False)
    assert revision.approved_go_live_at == GO_LIVE_UTC
    assert TITLE not in public_titles()

    # The editor sends it to the press list; each journalist receives a personal link.
    page.goto("/admin/")
    expect(page.locator("[data-testid=dashboard-upcoming]")).to_contain_text(TITLE)
    page.goto(f"/admin/embargo/send/{report.pk}/")
    page.get_by_label("Press list").select_option(label="MENA desk")
    page.get_by_role("button", name="Send embargo links").click()
    expect(page.locator(".messages")).to_contain_text("Sent to 2 journalist(s)")
    screenshot(page, "03-sent")
    embargo_emails = [m for m in mailbox.messages if m["X-Newsroom-Embargo-Link"]]
    assert sorted(m["To"] for m in embargo_emails) == ["amal@press.example", "ben@press.example"]
    amal_link = link_in(mailbox.to("amal@press.example"))
    ben_link = link_in(mailbox.to("ben@press.example"))

    # Amal opens her link: the report, embargoed until its moment.
    journalist = browser_context.browser.new_page()
    journalist.goto(amal_link)
    expect(journalist.locator("[data-testid=embargo-banner]")).to_have_text(
        "Embargoed until 1 June 2030, 09:00 UTC. Not for publication before then."
    )
    expect(journalist.locator("h1")).to_have_text(TITLE)
    screenshot(journalist, "04-embargoed-until")
    assert EmbargoOpen.objects.filter(link__journalist__email="amal@press.example").exists()

    # The editor revokes Ben's link in the report; it stops working at once.
    page.goto(f"/admin/embargo/report/{report.pk}/")
    page.locator("tr[data-journalist='ben@press.example']").get_by_role(
        "button", name="Revoke"
    ).click()
    expect(page.locator(".messages")).to_contain_text("revoked")
    expect(page.locator("[data-testid=embargo-opens]")).to_contain_text("Amal Haddad")
    screenshot(page, "05-report-after-revoking")
    journalist.goto(ben_link)
    expect(journalist.locator("[data-testid=embargo-error]")).to_have_attribute(
        "data-code", "EMBARGO_TOKEN_REVOKED"
    )
    expect(journalist.locator("body")).not_to_contain_text(TITLE)
    assert EmbargoLink.objects.get(journalist__email="ben@press.example").revoked_at

    # Go-live: Amal's link now leads to the public page.
    with time_machine.travel(GO_LIVE_UTC + datetime.timedelta(minutes=1), tick=True):
        journalist.goto(amal_link)
        expect(journalist.locator("[data-testid=embargo-banner]")).to_contain_text("Public since")
        expect(journalist.locator("[data-testid=public-url]")).to_have_text(
            "/newsroom/libya-new-evidence/"
        )
        screenshot(journalist, "06-public")
        assert TITLE in public_titles()
    journalist.close()
