"""Shared fixtures. `--postgresql` (tests/support/postgresql_plugin.py) reruns the tests marked
`postgres` on a real PostgreSQL server."""

import pytest
from wagtail.models import Page, Site

from tests.factories import NewsroomIndexPageFactory


@pytest.fixture
def site_root(db) -> Page:
    return Site.objects.get(is_default_site=True).root_page


@pytest.fixture
def newsroom(site_root: Page):
    return NewsroomIndexPageFactory(parent=site_root, title="Newsroom", slug="newsroom")
