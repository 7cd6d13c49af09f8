"""A scheduled go-live is published once, however many processes race for it."""

import time
import uuid

import pytest

from .conftest import NEWEST
from .traffic import LISTING, Traffic, listing_titles, wait_until

pytestmark = pytest.mark.stack

GO_LIVE_IN_SECONDS = 20


def test_a_scheduled_go_live_under_load_on_both_instances_publishes_once_with_one_webhook(
    stack, webhooks
):
    title = f"Embargoed until now {uuid.uuid4().hex[:8]}"
    page_id = int(
        stack.shell(
            "import datetime\nfrom django.utils import timezone\n"
            f"{NEWEST}page.title = {title!r}\n"
            "page.go_live_at = timezone.now() + datetime.timedelta(seconds="
            f"{GO_LIVE_IN_SECONDS})\n"
            "page.save_revision().publish()\nprint(page.pk)\n"  # as the admin schedules
        )
        .strip()
        .splitlines()[-1]
    )
    deliveries_before = _deliveries(webhooks, page_id)
    publications_before = _publications(stack, page_id)

    def uncached_listing(n: int) -> tuple[str, dict]:
        return LISTING, {"first": 5, "nonce": n}  # a key of its own: every request computes

    with (
        Traffic(stack.app_url(1), uncached_listing, threads=3) as one,
        Traffic(stack.app_url(2), uncached_listing, threads=3) as two,
    ):
        assert wait_until(
            lambda: listing_titles(stack.url)[0] == title, timeout=GO_LIVE_IN_SECONDS + 60
        )
        time.sleep(2)  # keep racing after the moment

    assert one.failures() == two.failures() == []
    assert wait_until(lambda: len(_deliveries(webhooks, page_id)) > len(deliveries_before), 30)
    time.sleep(3)  # a second delivery would have arrived by now (worker polls every 0.5 s)
    assert len(_deliveries(webhooks, page_id)) - len(deliveries_before) == 1
    assert _publications(stack, page_id) == publications_before + 1


def _deliveries(webhooks, page_id: int) -> list[dict]:
    return [event for event in webhooks.events if event.get("pageId") == page_id]


def _publications(stack, page_id: int) -> int:
    """Scheduled publications in the page's history (one entry per publication, whichever
    process ran it: the scheduler or an API request catching up)."""
    output = stack.shell(
        "from wagtail.models import PageLogEntry\n"
        f"print(PageLogEntry.objects.filter(page_id={page_id}, "
        "action='wagtail.publish.scheduled').count())\n"
    )
    return int(output.strip().splitlines()[-1])
