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
