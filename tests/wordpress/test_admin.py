"""Settings > Import from WordPress: an editor uploads an export, the task worker imports it,
the editor watches its progress and reads its report; nobody without the permission can (Wagtail
sends a refused admin request back to the dashboard)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from cms.wordpress.models import WordPressImport
from newsroom_pages.pages import NewsItemPage, ReportPage

from .conftest import fixture
from .test_mapping import export

pytestmark = pytest.mark.django_db


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def run_worker() -> None:
    call_command("run_import_worker", "--batch", "--interval=0", "--no-startup-delay", verbosity=0)


def upload(client, path, django_capture_on_commit_callbacks, **fields):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(
            reverse("wordpress_import"),
            {
                "file": SimpleUploadedFile(path.name, path.read_bytes(), "text/xml"),
                "locale": "en",
                "kind_map": fields.get("kind_map", ""),
                **({"dry_run": "on"} if fields.get("dry_run") else {}),
            },
        )


def test_an_upload_is_queued_then_imported_by_the_worker_with_its_report(
    newsroom, editor, tmp_path, django_capture_on_commit_callbacks
):
    client = client_for(editor)
    path = export(tmp_path, [{"terms": [("category", "reports", "Reports")]}, {}])
    response = upload(client, path, django_capture_on_commit_callbacks, kind_map="reports=REPORT")
    run = WordPressImport.objects.get()
    assert response.status_code == 302 and response.url == reverse(
        "wordpress_import_detail", args=[run.pk]
    )
    assert run.status == "queued" and not NewsItemPage.objects.exists()
    queued = client.get(response.url)
    assert b'http-equiv="refresh"' in queued.content and b'data-status="queued"' in queued.content

    run_worker()

    run.refresh_from_db()
    assert run.status == "done" and run.report["counts"]["created"] == 2
    assert ReportPage.objects.count() == 1
    assert run.report["states"] == {"submitted to Legal review": 2}
    assert not run.file, "the uploaded export (it holds drafts) is deleted after the run"
    page = client.get(reverse("wordpress_import_detail", args=[run.pk]))
    assert b'data-status="done"' in page.content and b'http-equiv="refresh"' not in page.content
    assert "2 submitted to Legal review" in page.content.decode()


def test_a_broken_export_fails_with_its_line_and_nothing_imported(
    newsroom, editor, django_capture_on_commit_callbacks
):
    client = client_for(editor)
    upload(client, fixture("malformed.xml"), django_capture_on_commit_callbacks)
    run_worker()
    run = WordPressImport.objects.get()
    assert run.status == "failed" and run.report["error"]["line"] == 90
    page = client.get(reverse("wordpress_import_detail", args=[run.pk])).content.decode()
    assert "Nothing imported" in page and "line 90" in page
    assert not NewsItemPage.objects.exists()


def test_a_file_that_is_not_xml_is_refused_by_the_form(newsroom, editor):
    response = client_for(editor).post(
        reverse("wordpress_import"),
        {"file": SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0JFIF"), "locale": "en"},
    )
    assert response.status_code == 200
    assert "This is not a WordPress export" in response.content.decode()
    assert not WordPressImport.objects.exists()


def test_an_editor_without_the_import_permission_cannot_open_or_start_an_import(newsroom):
    user = get_user_model().objects.create_user("writer", "w@example.org", "x")
    user.groups.add(Group.objects.get(name="Moderators"))
    client = client_for(user)
    refused = client.get(reverse("wordpress_import"))
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    assert "Import from WordPress" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_another_editors_import_is_not_shown(
    newsroom, editor, chief, tmp_path, django_capture_on_commit_callbacks
):
    upload(client_for(chief), export(tmp_path, [{}]), django_capture_on_commit_callbacks)
    run = WordPressImport.objects.get()
    refused = client_for(editor).get(reverse("wordpress_import_detail", args=[run.pk]))
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
