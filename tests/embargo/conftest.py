"""A release scheduled to go live, journalists on a press list, and a real SMTP server on
loopback (aiosmtpd) that the CMS sends the embargo emails to."""

import datetime
import email
import email.policy
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone

from tests.factories import JournalistFactory, PressListFactory, PressReleasePageFactory

GO_LIVE = datetime.timedelta(days=2)


@dataclass
class Mailbox:
    host: str = "127.0.0.1"
    port: int = 0
    messages: list[email.message.EmailMessage] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.SMTP))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> email.message.EmailMessage:
        (message,) = [m for m in self.messages if m["To"] == address]
        return message


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def mailbox(settings) -> Iterator[Mailbox]:
    """Django sends through its real SMTP backend to this server."""
    box = Mailbox(port=free_port())
    controller = Controller(box, hostname=box.host, port=box.port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = box.host
    settings.EMAIL_PORT = box.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 10
    yield box
    controller.stop()


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
