"""One production stack per session (infra/stack), shared by every `stack` test; each test
restores what it breaks."""

import shutil
import tempfile
from pathlib import Path

import pytest

from infra.stack.supervisor import ADMIN_USERNAME, Stack

from .traffic import WebhookReceiver


@pytest.fixture(scope="session")
def webhooks():
    receiver = WebhookReceiver()
    yield receiver
    receiver.close()


@pytest.fixture(scope="session")
def stack(webhooks):
    # Not under pytest's basetemp: other pytest runs on the machine prune old basetemps.
    directory = Path(tempfile.mkdtemp(prefix="newsroom-stack-"))
    stack = Stack(
        directory,
        scheduler_interval=1.0,
        scrape_interval=1.0,
        extra_env={
            "NEWSROOM_WEBHOOK_URLS": webhooks.url,
            "NEWSROOM_WEBHOOK_SECRET": "stack-test-webhook-secret-0123456789",
            "NEWSROOM_WEBHOOK_RETRY_BASE_SECONDS": "1",
            "NEWSROOM_API_STAMPEDE_WAIT_SECONDS": "20",  # CI machines are slow and shared
        },
    )
    try:
        stack.start(log=lambda _message: None)
        yield stack
    finally:
        stack.stop()
        for name, process in stack.processes.items():
            print(f"--- {name}\n{process.tail(1500)}")  # shown when a test fails
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def admin_login(stack) -> tuple[str, str]:
    return ADMIN_USERNAME, stack.admin_password


@pytest.fixture
def newest_item(stack) -> "NewestItem":
    return NewestItem(stack)


NEWEST = (
    "from wagtail.models import Locale\n"
    "from newsroom_pages.pages import NewsItemPage\n"
    "page = NewsItemPage.objects.live().filter(locale=Locale.get_default())"
    ".specific().order_by('-publication_date', '-pk').first()\n"
)


class NewestItem:
    """The newest demo item in the default locale (first in the listing), edited by an
    editor's script on the primary, as the admin would."""

    def __init__(self, stack: Stack) -> None:
        self.stack = stack

    def retitle(self, title: str, publish: bool) -> int:
        """Save a revision with `title`, published or left as a draft; returns the page id."""
        revision = "page.save_revision()" + (".publish()" if publish else "")
        code = f"{NEWEST}page.title = {title!r}\n{revision}\nprint(page.pk)\n"
        return int(self.stack.shell(code).strip().splitlines()[-1])
