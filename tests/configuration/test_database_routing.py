"""Which database a read goes to (cms/db/router.py, cms/db/replica.py). The behaviour over HTTP
with a real replica is in tests/stack/test_replica.py."""

import pytest
from django.db import DEFAULT_DB_ALIAS, transaction
from wagtail.models import Page

from cms.db.replica import REPLICA, parse_lsn
from cms.db.router import ReplicaRouter, reading_from

router = ReplicaRouter()


def test_reads_use_the_primary_unless_the_api_hands_them_to_the_replica():
    assert router.db_for_read(Page) is None  # Django's default: the primary
    with reading_from(REPLICA):
        assert router.db_for_read(Page) == REPLICA
    assert router.db_for_read(Page) is None


@pytest.mark.django_db
def test_reads_inside_a_write_transaction_use_the_primary_even_for_the_api():
    with reading_from(REPLICA), transaction.atomic():
        assert router.db_for_read(Page) == DEFAULT_DB_ALIAS


def test_writes_and_migrations_only_ever_go_to_the_primary():
    with reading_from(REPLICA):
        assert router.db_for_write(Page) == DEFAULT_DB_ALIAS
    assert router.allow_migrate(REPLICA, "wagtailcore") is False
    assert router.allow_migrate(DEFAULT_DB_ALIAS, "wagtailcore") is True


def test_wal_positions_compare_by_both_halves():
    assert parse_lsn("0/16B3748") < parse_lsn("0/16B3750") < parse_lsn("1/0")
    assert parse_lsn("A/0") > parse_lsn("9/FFFFFFFF")
