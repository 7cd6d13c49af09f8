"""WordPress exports imported into the newsroom: real public WXR files (fixtures/SOURCES.md),
their uploads tree made of real image files, and users on both sides of the publication rule."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from PIL import Image

from cms.wordpress.wxr import WxrItem, read

FIXTURES = Path(__file__).parent / "fixtures"
THEME_UNIT_TEST = FIXTURES / "themeunittestdata.wordpress.xml"
PASSWORD = "correct horse battery staple"


def fixture(name: str) -> Path:
    return FIXTURES / name


def _with_import_permission(user):
    user.user_permissions.add(Permission.objects.get(codename="import_wordpress"))
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def chief(db):
    """An editor-in-chief: a superuser, who may publish without legal review."""
    return get_user_model().objects.create_superuser("chief", "chief@example.org", PASSWORD)


@pytest.fixture
def editor(db):
    """A newsroom editor (Wagtail's Moderators) allowed to import, not to bypass review."""
    user = get_user_model().objects.create_user("editor", "editor@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Moderators"))
    return _with_import_permission(user)


def attachment_paths(path: Path) -> dict[str, str]:
    """Each attachment's path under wp-content/uploads, as WordPress's URLs name it."""
    paths = {}
    for entry in read(path):
        if isinstance(entry, WxrItem) and entry.post_type == "attachment":
            url = entry.attachment_url or entry.guid
            relative = (
                url.split("/wp-content/uploads/")[-1]
                if "/wp-content/uploads/" in url
                else (url.split("://", 1)[-1].split("/", 1)[-1])
            )
            paths[url] = relative
    return paths


def write_uploads(root: Path, export: Path) -> Path:
    """A copy of the export's uploads tree: a real JPEG, PNG or GIF for every image."""
    formats = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".gif": "GIF"}
    for relative in attachment_paths(export).values():
        target = root / relative
        fmt = formats.get(target.suffix.lower())
        if fmt is None:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (64, 48), (90, 120, 150)).save(target, format=fmt)
    return root


@pytest.fixture
def uploads(tmp_path) -> Path:
    return write_uploads(tmp_path / "uploads", THEME_UNIT_TEST)


def run_import(path: Path, user, *args: str, tmp: Path) -> tuple[dict, str]:
    """The command as an operator runs it; returns the JSON report and what it printed."""
    report = tmp / f"report-{len(list(tmp.glob('report-*')))}.json"
    out = StringIO()
    call_command(
        "import_wordpress",
        str(path),
        "--user",
        user.username,
        "--report",
        str(report),
        *args,
        stdout=out,
        stderr=StringIO(),
    )
    return json.loads(report.read_text()), out.getvalue()
