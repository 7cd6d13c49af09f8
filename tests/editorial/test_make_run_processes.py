"""`make run` is several processes on one SQLite file: the server, the scheduler loop and the
webhook worker, plus whatever an editor runs (`manage.py shell`). They share the response
cache (cms/settings/dev.py), so what one of them publishes, edits or expires is what the
server answers next, with the response cache on, as `make run` has it.

Run as `make run` runs them: the dev settings (only the var/ folder moved to a temporary
directory), `manage.py runserver` and `manage.py run_scheduler` (its interval shortened from
30 s to 1 s so that the test waits seconds, not minutes)."""

import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from port_for import get_port

ROOT = Path(__file__).resolve().parents[2]
LISTING = "{ newsItems(first: 10) { edges { node { title } } } }"
SETUP = """
from django.contrib.auth import get_user_model
from wagtail.models import Site
from newsroom_pages.pages import NewsroomIndexPage, PressReleasePage
admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x")
root = Site.objects.get(is_default_site=True).root_page
newsroom = root.add_child(instance=NewsroomIndexPage(title="Newsroom", slug="newsroom"))
newsroom.save_revision(user=admin).publish(user=admin)
item = newsroom.add_child(instance=PressReleasePage(
    title="Protesters detained", slug="detained", publication_date="2026-01-05",
    summary="Six protesters were detained.", live=False))
item.save_revision(user=admin).publish(user=admin)
"""
# An editor's shell session: retitles the item and sets it to expire in SOON seconds, and
# schedules a new release to go live at the same moment.
EDIT = """
import datetime
from django.contrib.auth import get_user_model
from django.utils import timezone
from newsroom_pages.pages import NewsroomIndexPage, PressReleasePage
admin = get_user_model().objects.get(username="admin")
soon = timezone.now() + datetime.timedelta(seconds={soon})
item = PressReleasePage.objects.get(slug="detained")
item.title = "Protesters detained: update"
item.expire_at = soon
item.save_revision(user=admin).publish(user=admin)
release = NewsroomIndexPage.objects.get().add_child(instance=PressReleasePage(
    title="Protesters freed", slug="freed", publication_date="2026-01-06",
    summary="The six were released.", live=False, go_live_at=soon))
release.save_revision(user=admin).publish(user=admin)
"""
SOON = 15


@pytest.fixture
def make_run(tmp_path):
    """The dev settings with var/ in tmp_path; yields a `manage(*args)` runner and the
    server's URL, with the scheduler loop running beside the server."""
    (tmp_path / "makerun_settings.py").write_text(
        "from cms.settings.dev import *\n"
        f"VAR_DIR = Path({str(tmp_path / 'var')!r})\n"
        "VAR_DIR.mkdir(exist_ok=True)\n"
        "DATABASES['default']['NAME'] = VAR_DIR / 'db.sqlite3'\n"
        "MEDIA_ROOT = VAR_DIR / 'media'\n"
        "CACHES['default']['LOCATION'] = VAR_DIR / 'cache'\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "makerun_settings",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]),
    }

    def manage(*args: str, **options) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
            **options,
        )

    manage("migrate", "--noinput", "-v0")
    manage("shell", "-c", SETUP)
    port = get_port(None)
    logs = tmp_path / "logs"
    logs.mkdir()
    processes = [
        subprocess.Popen(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            stdout=(logs / f"{command[0]}.log").open("w"),
            stderr=subprocess.STDOUT,
        )
        for command in (
            ["runserver", f"127.0.0.1:{port}", "--noreload"],
            ["run_scheduler", "--interval", "1"],
        )
    ]
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not _answers(url):
            assert time.monotonic() < deadline, (logs / "runserver.log").read_text()
            time.sleep(0.3)
        yield manage, url, logs
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)


def _answers(url: str) -> bool:
    try:
        listing(url)
        return True
    except OSError:
        return False


def listing(url: str) -> tuple[list[str], str]:
    """The listing's titles and whether the response cache answered (GET, as a CDN sends)."""
    query = urllib.parse.urlencode({"query": LISTING})
    with urllib.request.urlopen(f"{url}/graphql/?{query}", timeout=10) as response:  # noqa: S310
        body = json.loads(response.read())
        state = response.headers.get("X-Newsroom-Cache", "")
    return [edge["node"]["title"] for edge in body["data"]["newsItems"]["edges"]], state


def scheduler_log(logs: Path) -> str:
    return (logs / "run_scheduler.log").read_text()


def test_a_shell_edit_and_the_schedulers_go_live_and_expiry_reach_the_cached_server(make_run):
    manage, url, logs = make_run
    assert listing(url)[0] == ["Protesters detained"]
    assert listing(url) == (["Protesters detained"], "hit")

    manage("shell", "-c", EDIT.format(soon=SOON))
    assert listing(url)[0] == ["Protesters detained: update"]
    assert listing(url)[1] == "hit"

    deadline = time.monotonic() + SOON + 20
    while "Published 1, expired 1" not in scheduler_log(logs):
        assert time.monotonic() < deadline, scheduler_log(logs)
        time.sleep(0.5)
    assert listing(url)[0] == ["Protesters freed"]
