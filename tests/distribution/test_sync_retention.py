"""The sync log does not grow forever: `prune_sync_log --older-than DAYS` and the scheduler's
retention delete old rows, and a token older than what is kept gets SYNC_TOKEN_EXPIRED, so a
client starts again rather than silently missing a tombstone."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from cms.sync.models import PageChange
from newsroom_pages.scheduling import scheduler_ran
from tests.factories import PressReleasePageFactory

from .sync_mirror import SYNC, Mirror

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def publish(newsroom, slug: str):
    page = PressReleasePageFactory(parent=newsroom, slug=slug, live=False)
    page.save_revision().publish()
    return page


def age_log(days: int) -> None:
    PageChange.objects.update(recorded_at=timezone.now() - datetime.timedelta(days=days))


def errors_of(mirror: Mirror) -> list[dict]:
    response = mirror.client.post(
        "/graphql/",
        {"query": SYNC, "variables": {"token": mirror.token, "first": 3}},
        content_type="application/json",
    )
    return response.json().get("errors", [])


def test_prune_deletes_only_rows_older_than_the_given_days(newsroom):
    publish(newsroom, "old")
    age_log(40)
    publish(newsroom, "recent")
    out = StringIO()
    call_command("prune_sync_log", older_than=30, stdout=out)
    assert PageChange.objects.count() >= 1
    assert not PageChange.objects.filter(recorded_at__lt=timezone.now() - datetime.timedelta(30))
    assert "Deleted" in out.getvalue()


def test_a_token_older_than_the_kept_log_is_told_to_start_again(newsroom):
    publish(newsroom, "first")
    mirror = Mirror()
    mirror.sync()
    publish(newsroom, "second")
    age_log(40)
    call_command("prune_sync_log", older_than=30, stdout=StringIO())
    [error] = errors_of(mirror)
    assert error["extensions"]["code"] == "SYNC_TOKEN_EXPIRED"
    assert "start again without a token" in error["message"]


def test_starting_again_after_a_prune_works_and_its_token_is_not_expired(newsroom):
    publish(newsroom, "first")
    age_log(40)
    call_command("prune_sync_log", older_than=30, stdout=StringIO())
    assert not PageChange.objects.exists()
    mirror = Mirror()
    mirror.sync()
    assert any(path.endswith("/first/") for _locale, path, _at in mirror.pages.values())
    publish(newsroom, "after")
    mirror.sync()
    assert [i["urlPath"] for i in mirror.received[-1]["items"]] == ["/newsroom/after/"]


def test_a_token_newer_than_the_prune_still_syncs(newsroom):
    publish(newsroom, "first")
    age_log(40)
    call_command("prune_sync_log", older_than=30, stdout=StringIO())
    mirror = Mirror()
    mirror.sync()
    assert errors_of(mirror) == []


def test_the_scheduler_applies_the_retention_setting(newsroom, settings):
    settings.NEWSROOM_SYNC_LOG_RETENTION_DAYS = 30
    publish(newsroom, "old")
    age_log(40)
    scheduler_ran.send(sender=None)
    assert not PageChange.objects.exists()


def test_a_retention_of_zero_keeps_everything(newsroom, settings):
    settings.NEWSROOM_SYNC_LOG_RETENTION_DAYS = 0
    publish(newsroom, "old")
    age_log(400)
    scheduler_ran.send(sender=None)
    assert PageChange.objects.exists()


def test_prune_refuses_a_window_below_one_day(db):
    with pytest.raises(CommandError, match="at least 1 day"):
        call_command("prune_sync_log", older_than=0, stdout=StringIO())
