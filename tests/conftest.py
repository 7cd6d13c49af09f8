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


@pytest.fixture(scope="module")
def served_demo(django_db_setup, django_db_blocker):
    """The demo newsroom committed and served over HTTP (media URLs on the server's own host),
    for a module of tests that talk to it from other processes. The server is its own rather
    than pytest-django's `live_server`, which flushes the database after every test; here the
    database is flushed and restored to its migrated content once, after the module."""
    from django.db import connections
    from django.test.utils import override_settings
    from pytest_django.live_server_helper import LiveServer

    connection = connections["default"]
    with django_db_blocker.unblock():
        server = LiveServer("127.0.0.1")
        server._live_server_modified_settings.enable()
        try:
            with override_settings(WAGTAILADMIN_BASE_URL=server.url):
                if not hasattr(connection, "_test_serialized_contents"):
                    contents = connection.creation.serialize_db_to_string()
                    connection._test_serialized_contents = contents
                call_command("load_demo_newsroom", stdout=StringIO())
                yield server.url
        finally:
            server._live_server_modified_settings.disable()
            server.stop()
            restore_migrated_database(connection)


def restore_migrated_database(connection) -> None:
    """After a module that committed its data: flush, then restore the migrated content."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.color import no_style

    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
    # The rows come back with their ids; PostgreSQL's sequences, reset by the flush, must
    # move past them or the next insert collides (SQLite has no sequences).
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
            cursor.execute(statement)
    # Content types come back with their serialized ids, which need not be the ids this
    # process cached while the data was in: a stale cache resolves a page's type to another
    # model for every later test.
    ContentType.objects.clear_cache()
