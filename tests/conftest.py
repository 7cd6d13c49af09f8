"""Shared fixtures. `--postgresql` (tests/support/postgresql_plugin.py) reruns the tests marked
`postgres` on a real PostgreSQL server."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page, Site

from tests.factories import NewsroomIndexPageFactory


@pytest.fixture
def site_root(db) -> Page:
    return Site.objects.get(is_default_site=True).root_page


@pytest.fixture
def newsroom(site_root: Page):
    return NewsroomIndexPageFactory(parent=site_root, title="Newsroom", slug="newsroom")


@pytest.fixture
def other_site(db) -> Site:
    """A second Site on its own host, with a newsroom of its own."""
    root = Page.get_first_root_node().add_child(
        instance=Page(title="Partner home", slug="partner-home")
    )
    return Site.objects.create(hostname="partner.example.org", root_page=root)


@pytest.fixture(scope="module")
def demo_newsroom(django_db_setup, django_db_blocker) -> None:
    """The demo newsroom (with its translations), built once per module because building it
    takes seconds; every test still runs in its own savepoint, rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_newsroom", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _empty_cache():
    """The schedule's next change and the response cache must not leak between tests."""
    from django.core.cache import cache

    cache.clear()
