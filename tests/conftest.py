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


@pytest.fixture(scope="module")
def served_demo(django_db_setup, django_db_blocker, live_server):
    """The demo newsroom committed and served by the live server (media URLs on its own host),
    for tests that talk to it over HTTP from another process; the database is flushed and
    restored to its migrated content afterwards, as for a transactional test."""
    from django.db import connections
    from django.test.utils import override_settings

    connection = connections["default"]
    with django_db_blocker.unblock(), override_settings(WAGTAILADMIN_BASE_URL=live_server.url):
        if not hasattr(connection, "_test_serialized_contents"):
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()
        call_command("load_demo_newsroom", stdout=StringIO())
        yield live_server.url
        call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
