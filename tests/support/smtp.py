"""A real SMTP server on loopback (aiosmtpd) that Django's SMTP backend sends to."""

import email
import email.policy
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller


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


@contextmanager
def smtp_mailbox(settings) -> Iterator[Mailbox]:
    box = Mailbox(port=free_port())
    controller = Controller(box, hostname=box.host, port=box.port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = box.host
    settings.EMAIL_PORT = box.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 10
    try:
        yield box
    finally:
        controller.stop()


def link_in(message: email.message.EmailMessage) -> str:
    (url,) = [line for line in message.get_content().splitlines() if "token=" in line]
    return url.strip()
