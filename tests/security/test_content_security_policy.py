"""The admin and the CMS's own pages carry a Content-Security-Policy without 'unsafe-inline'
scripts; the admin's own inline scripts run by the response's nonce, nothing else does."""

import re

import pytest
from django.test import Client

from tests.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def test_the_admin_allows_scripts_only_from_itself_and_by_nonce(admin_client):
    response = admin_client.get("/admin/")

    script_src = directives(response)["script-src"]
    [nonce] = [value for value in script_src if value.startswith("'nonce-")]
    assert script_src == ["'self'", nonce]
    assert directives(response)["object-src"] == ["'none'"]


def test_every_script_tag_of_an_admin_page_carries_the_response_nonce(admin_client, newsroom):
    page = PressReleasePageFactory(parent=newsroom)
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")

    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    tags = re.findall(r"<script\b[^>]*>", response.content.decode())
    assert tags, "the editor has scripts"
    assert all(f'nonce="{nonce}"' in tag for tag in tags)


def test_the_login_page_has_the_policy_too():
    response = Client().get("/admin/login/")

    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_the_preview_page_allows_no_script_at_all(client, newsroom):
    draft = PressReleasePageFactory(parent=newsroom, live=False)

    response = client.get("/preview/", {"token": draft.create_page_preview().token})

    assert response.status_code == 200
    assert directives(response)["script-src"] == ["'none'"]
    assert directives(response)["frame-ancestors"] == ["'self'"]
