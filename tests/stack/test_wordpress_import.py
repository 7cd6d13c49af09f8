"""The stack runs the import worker beside the app instances: an export uploaded through nginx
is imported in the background while the editor watches the report page."""

import time
from pathlib import Path

from tests.support.admin_browser import AdminBrowser

EXPORT = Path(__file__).parents[1] / "wordpress" / "fixtures" / "small-export.xml"


def _status(admin: AdminBrowser, path: str) -> str:
    page = admin.request("GET", path).text
    return page.split('data-status="', 1)[1].split('"', 1)[0]


def test_an_export_uploaded_through_nginx_is_imported_by_the_stacks_worker(stack, admin_login):
    admin = AdminBrowser(stack.url)
    assert admin.login(*admin_login).status_code == 302
    admin.request("GET", "/admin/wordpress-import/")
    queued = admin.post_form(
        "/admin/wordpress-import/",
        {"locale": "en", "kind_map": "", "dry_run": "on"},
        files={"file": (EXPORT.name, EXPORT.read_bytes(), "text/xml")},
    )
    assert queued.status_code == 302
    detail = queued.headers["Location"]
    deadline = time.monotonic() + 60
    while (status := _status(admin, detail)) in {"queued", "running"}:
        assert time.monotonic() < deadline, f"the import is still {status} after 60 s"
        time.sleep(0.5)
    assert status == "done"
    assert "Dry run, nothing written." in admin.request("GET", detail).text
