"""A release scheduled to go live, journalists on a press list, and a real SMTP server on
loopback (aiosmtpd) that the CMS sends the embargo emails to."""

import datetime
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import timezone

from tests.factories import JournalistFactory, PressListFactory, PressReleasePageFactory
from tests.support.smtp import Mailbox, smtp_mailbox

GO_LIVE = datetime.timedelta(days=2)


@pytest.fixture
def mailbox(settings) -> Iterator[Mailbox]:
    """Django sends through its real SMTP backend to this server."""
    with smtp_mailbox(settings) as box:
        yield box


@pytest.fixture
def release(newsroom):
    """A press release whose approved revision is scheduled to go live in two days."""
    page = PressReleasePageFactory(
        parent=newsroom, title="Libya: detained protesters must be freed", live=False
    )
    page.go_live_at = timezone.now() + GO_LIVE
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def journalists():
    return [
        JournalistFactory(name="Amal Haddad", outlet="Tripoli Post", email="amal@press.example"),
        JournalistFactory(name="Ben Carter", outlet="Wire Service", email="ben@press.example"),
    ]


@pytest.fixture
def press_list(journalists):
    return PressListFactory(name="MENA desk", journalists=journalists)


def token_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["token"][0]
