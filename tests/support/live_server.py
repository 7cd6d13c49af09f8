"""For tests against pytest-django's live server (real HTTP in this process's server thread)."""

import pytest


@pytest.fixture(autouse=True)
def _restorable_database(request) -> None:
    """Live-server tests flush the database afterwards; the next one restores the migrated
    content (root page, site, locales, groups) from Django's serialized copy. pytest-django
    only takes that copy when the database is first set up by such a test, so take it here
    when an ordinary test set the database up before."""
    from django.db import connections

    connection = connections["default"]
    if not hasattr(connection, "_test_serialized_contents"):
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture
def media_through_the_cms(monkeypatch) -> None:
    """Django's live server answers MEDIA_URL itself from MEDIA_ROOT, before the CMS sees the
    request; `make run` and production have no such shortcut. Switched off, `/media/` is the
    CMS's own route (cms.media.local_storage.serve_media)."""
    from django.test.testcases import _MediaFilesHandler

    monkeypatch.setattr(_MediaFilesHandler, "_should_handle", lambda self, path: False)
