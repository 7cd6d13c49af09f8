"""`take_down` and `lift_takedown` as an operator or the legal team runs them: what they change,
what they write to the audit log, and bad input refused with nothing changed."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision

from cms.embargo.links import EmbargoLink
from cms.review.takedown import LIFT_ACTION, TAKE_DOWN_ACTION
from newsroom_pages.takedown import Takedown
from tests.distribution.conftest import publish_translation
from tests.factories import JournalistFactory, PressReleasePageFactory
from tests.review.conftest import user_in

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

REASON = "Court order 2026/114"


@pytest.fixture
def item(newsroom):
    page = PressReleasePageFactory(parent=newsroom, slug="contested")
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture
def arabic_version(item):
    from wagtail.models import Locale

    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    return publish_translation(item, arabic, "نسخة عربية")


def state(item) -> tuple:
    """Everything a takedown command may change."""
    pages = Page.objects.filter(translation_key=item.translation_key)
    return (
        list(Takedown.objects.values_list("translation_key", "reason")),
        sorted(pages.values_list("pk", "live")),
        PageLogEntry.objects.filter(action__in=[TAKE_DOWN_ACTION, LIFT_ACTION]).count(),
        list(EmbargoLink.objects.values_list("pk", "revoked_at")),
    )


def test_take_down_unpublishes_every_language_version(item, arabic_version):
    call_command("take_down", str(arabic_version.pk), reason=REASON)
    assert not Page.objects.filter(translation_key=item.translation_key, live=True).exists()
    assert Takedown.objects.get().translation_key == item.translation_key


def test_the_reason_and_who_took_it_down_are_in_the_audit_log(item, arabic_version):
    legal = user_in("Reviewers", "legal")
    call_command("take_down", str(item.pk), reason=REASON, user="legal")
    entries = PageLogEntry.objects.filter(action=TAKE_DOWN_ACTION)
    assert sorted(entries.values_list("page_id", flat=True)) == sorted([item.pk, arabic_version.pk])
    assert {(entry.user_id, entry.data["reason"]) for entry in entries} == {(legal.pk, REASON)}
    assert entries.first().message == "Taken down by the legal team"


def test_a_scheduled_go_live_is_cancelled_and_embargo_links_are_revoked(newsroom):
    page = PressReleasePageFactory(parent=newsroom, slug="embargoed", live=False)
    page.go_live_at = timezone.now() + datetime.timedelta(hours=2)
    revision = page.save_revision()
    revision.publish()
    link = EmbargoLink.objects.create(
        page=page,
        revision=revision,
        journalist=JournalistFactory(),
        lifts_at=page.go_live_at,
    )
    call_command("take_down", str(page.pk), reason=REASON)
    assert not Revision.objects.filter(object_id=str(page.pk), approved_go_live_at__isnull=False)
    assert EmbargoLink.objects.get(pk=link.pk).is_revoked
    call_command("run_scheduler", "--once")
    assert not Page.objects.get(pk=page.pk).live


def test_lifting_a_takedown_publishes_nothing_and_is_logged(item):
    call_command("take_down", str(item.pk), reason=REASON)
    call_command("lift_takedown", str(item.pk))
    assert not Takedown.objects.exists()
    assert not Page.objects.get(pk=item.pk).live
    assert PageLogEntry.objects.filter(page=item, action=LIFT_ACTION).exists()


def test_once_lifted_the_item_can_be_published_again(item):
    call_command("take_down", str(item.pk), reason=REASON)
    call_command("lift_takedown", str(item.pk))
    Page.objects.get(pk=item.pk).specific.save_revision().publish()
    assert Page.objects.get(pk=item.pk).live


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["999999", "--reason", REASON], "UNKNOWN_PAGE"),
        (["not-a-number", "--reason", REASON], "UNKNOWN_PAGE"),
        (["{item}", "--reason", "   "], "NO_REASON"),
        (["{item}", "--reason", REASON, "--user", "nobody"], "no user 'nobody'"),
        (["{item}", "--reason", REASON, "--user", "moderator"], "NOT_PERMITTED"),
        (["{newsroom}", "--reason", REASON], "NOT_A_NEWS_ITEM"),
    ],
)
def test_take_down_refuses_bad_input_and_changes_nothing(arguments, message, item, newsroom):
    user_in("Moderators", "moderator")
    before = state(item)
    arguments = [arg.format(item=item.pk, newsroom=newsroom.pk) for arg in arguments]
    with pytest.raises(CommandError, match=message):
        call_command("take_down", *arguments)
    assert state(item) == before


def test_a_second_takedown_is_refused_and_changes_nothing(item):
    call_command("take_down", str(item.pk), reason=REASON)
    before = state(item)
    with pytest.raises(CommandError, match="ALREADY_TAKEN_DOWN"):
        call_command("take_down", str(item.pk), reason="Another order")
    assert state(item) == before


def test_a_lift_without_a_takedown_is_refused_and_changes_nothing(item):
    before = state(item)
    with pytest.raises(CommandError, match="NOT_TAKEN_DOWN"):
        call_command("lift_takedown", str(item.pk))
    assert state(item) == before


def test_a_lift_needs_the_legal_permission_too(item):
    call_command("take_down", str(item.pk), reason=REASON)
    user_in("Moderators", "moderator")
    before = state(item)
    with pytest.raises(CommandError, match="NOT_PERMITTED"):
        call_command("lift_takedown", str(item.pk), user="moderator")
    assert state(item) == before
