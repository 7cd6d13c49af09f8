"""Photo licences with a window: the scheduler applies it to the second (renditions deleted,
pages announced again), a renewal brings the image back, and a window that ends before it
starts is refused with nothing changed."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry, Page

from cms.media.models import NewsroomImage, NewsroomRendition
from cms.sync.models import PageChange
from cms.webhooks.models import WebhookDelivery
from newsroom_pages.licences import RESTORED_ACTION, WITHDRAWN_ACTION, pages_using
from newsroom_pages.scheduling import run_due_schedule
from tests.factories import ImageFactory, PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

END = datetime.datetime(2026, 12, 10, 12, 0, 0, tzinfo=datetime.UTC)
SECOND = datetime.timedelta(seconds=1)


@pytest.fixture(autouse=True)
def frontends_listen(settings):
    settings.NEWSROOM_WEBHOOK_URLS = ["http://127.0.0.1:9/hook"]
    settings.NEWSROOM_WEBHOOK_SECRET = "licence-secret"


@pytest.fixture
def photo():
    return ImageFactory(
        licensor="Getty Images",
        licence_valid_from=END - datetime.timedelta(days=365),
        licence_valid_until=END,
    )


@pytest.fixture
def item(newsroom, photo):
    with time_machine.travel(END - datetime.timedelta(days=1), tick=False):
        page = PressReleasePageFactory(parent=newsroom, slug="pictured", hero_image=photo)
        page.save_revision().publish()
    return page


def with_rendition(image: NewsroomImage) -> NewsroomRendition:
    return image.get_rendition("width-400")


def test_the_pages_using_an_image_come_from_wagtails_reference_index(item, photo, newsroom):
    other = PressReleasePageFactory(parent=newsroom, slug="not-pictured")
    assert [page.pk for page in pages_using([photo])[photo.pk]] == [item.pk]
    assert other.pk not in [page.pk for page in pages_using([photo])[photo.pk]]


def test_one_second_before_its_end_the_scheduler_leaves_the_image_alone(item, photo):
    rendition = with_rendition(photo)
    with time_machine.travel(END - SECOND, tick=False):
        call_command("run_scheduler", "--once")
    assert not NewsroomImage.objects.get(pk=photo.pk).licence_withheld
    assert NewsroomRendition.objects.filter(pk=rendition.pk).exists()


def test_at_its_end_the_scheduler_deletes_the_renditions_and_their_files(
    item, photo, django_capture_on_commit_callbacks
):
    rendition = with_rendition(photo)
    storage, name = rendition.file.storage, rendition.file.name
    assert storage.exists(name)
    with time_machine.travel(END, tick=False), django_capture_on_commit_callbacks(execute=True):
        run = run_due_schedule()
    assert run.licences == [photo.pk]
    assert NewsroomImage.objects.get(pk=photo.pk).licence_withheld
    assert not NewsroomRendition.objects.filter(image=photo).exists()
    assert not storage.exists(name)


def test_at_its_end_the_pages_showing_it_are_announced_again(
    item, photo, django_capture_on_commit_callbacks
):
    WebhookDelivery.objects.all().delete()
    PageChange.objects.all().delete()
    with time_machine.travel(END, tick=False), django_capture_on_commit_callbacks(execute=True):
        run_due_schedule()
    assert list(WebhookDelivery.objects.values_list("action", "page_id")) == [("updated", item.pk)]
    assert "newsitems" in WebhookDelivery.objects.get().payload["cacheTags"]
    assert list(PageChange.objects.values_list("page_id", flat=True)) == [item.pk]


def test_a_renewal_brings_the_image_back_and_announces_the_pages(
    item, photo, django_capture_on_commit_callbacks
):
    with time_machine.travel(END, tick=False):
        run_due_schedule()
        WebhookDelivery.objects.all().delete()
        photo.refresh_from_db()
        photo.licence_valid_until = END + datetime.timedelta(days=365)
        photo.save()
        with django_capture_on_commit_callbacks(execute=True):
            run = run_due_schedule()
    assert run.licences == [photo.pk]
    assert not NewsroomImage.objects.get(pk=photo.pk).licence_withheld
    assert list(WebhookDelivery.objects.values_list("action", flat=True)) == ["updated"]


def test_a_licence_not_begun_yet_is_applied_at_its_first_second(newsroom):
    start = END
    image = ImageFactory(licence_valid_from=start)
    with time_machine.travel(start - SECOND, tick=False):
        PressReleasePageFactory(parent=newsroom, hero_image=image).save_revision().publish()
        run_due_schedule()
        assert NewsroomImage.objects.get(pk=image.pk).licence_withheld
    with time_machine.travel(start, tick=False):
        run_due_schedule()
    assert not NewsroomImage.objects.get(pk=image.pk).licence_withheld


def test_a_draft_using_the_image_is_not_announced(
    newsroom, photo, django_capture_on_commit_callbacks
):
    PressReleasePageFactory(parent=newsroom, hero_image=photo, live=False)
    with time_machine.travel(END, tick=False), django_capture_on_commit_callbacks(execute=True):
        run_due_schedule()
    assert not WebhookDelivery.objects.exists()


def test_a_window_that_ends_before_it_starts_is_a_validation_error(photo):
    photo.licence_valid_until = photo.licence_valid_from - SECOND
    with pytest.raises(ValidationError) as raised:
        photo.full_clean()
    assert "licence_valid_until" in raised.value.message_dict


def test_the_database_refuses_a_window_that_ends_before_it_starts(photo):
    with pytest.raises(IntegrityError), transaction.atomic():
        NewsroomImage.objects.filter(pk=photo.pk).update(
            licence_valid_until=photo.licence_valid_from
        )
    assert NewsroomImage.objects.get(pk=photo.pk).licence_valid_until == END


def test_the_scheduler_says_how_many_licences_changed(item, photo, capsys):
    with time_machine.travel(END, tick=False):
        call_command("run_scheduler", "--once")
    assert "licence windows changed for 1 image(s)" in capsys.readouterr().out


def test_expiry_is_seen_by_the_next_scheduled_change(item, photo):
    from newsroom_pages.scheduling import next_scheduled_change

    with time_machine.travel(END - datetime.timedelta(hours=1), tick=False):
        assert next_scheduled_change(timezone.now()) == END
    assert Page.objects.get(pk=item.pk).live


def test_the_audit_log_keeps_each_withdrawal_and_renewal_of_an_image(item, photo):
    with time_machine.travel(END, tick=False):
        run_due_schedule()
        photo.refresh_from_db()
        photo.licence_valid_until = END + datetime.timedelta(days=365)
        photo.save()
        run_due_schedule()
    actions = ModelLogEntry.objects.filter(object_id=str(photo.pk)).order_by("pk")
    assert [entry.action for entry in actions if entry.action.startswith("newsroom.")] == [
        WITHDRAWN_ACTION,
        RESTORED_ACTION,
    ]
