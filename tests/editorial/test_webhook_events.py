"""Each page lifecycle action becomes one event, with the frontend path and the cache tags a
frontend needs to purge the item, its listings and its translations."""

import datetime

import pytest
import time_machine
from wagtail.models import Locale

from cms.webhooks.models import WebhookDelivery
from newsroom_pages.scheduling import run_due_schedule
from tests.factories import (
    CountryFactory,
    NewsroomIndexPageFactory,
    PressReleasePageFactory,
    ReportPageFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def sent_events() -> list[dict]:
    return [delivery.payload for delivery in WebhookDelivery.objects.order_by("pk")]


@pytest.fixture
def release(newsroom):
    return PressReleasePageFactory(parent=newsroom, slug="libya-release", live=False)


def test_publishing_sends_a_published_event_with_the_frontend_path(
    webhooks_to, release, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        release.save_revision().publish()

    [event] = sent_events()
    assert event["action"] == "published"
    assert event["pageId"] == release.pk
    assert event["locale"] == "en"
    assert event["urlPath"] == "/newsroom/libya-release/"
    assert event["pageType"] == "PressReleasePage"
    assert "oldUrlPath" not in event


def test_cache_tags_name_the_item_its_listings_topics_countries_and_translations(
    webhooks_to, newsroom, django_capture_on_commit_callbacks
):
    report = ReportPageFactory(parent=newsroom, live=False)
    report.topics.add(TopicFactory(slug="death-penalty"))
    report.countries.add(CountryFactory(iso_code="LY"))
    report.save()

    with django_capture_on_commit_callbacks(execute=True):
        report.save_revision().publish()

    [event] = sent_events()
    assert event["cacheTags"] == sorted(
        [
            f"page:{report.pk}",
            "newsitems",
            "newsitems:REPORT",
            "topic:death-penalty",
            "country:LY",
            f"translations:{report.translation_key}",
        ]
    )


def test_unpublishing_sends_an_unpublished_event(
    webhooks_to, release, django_capture_on_commit_callbacks
):
    publish(release)
    WebhookDelivery.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        release.unpublish()

    [event] = sent_events()
    assert (event["action"], event["pageId"]) == ("unpublished", release.pk)


def test_moving_a_live_item_sends_the_new_and_the_old_path(
    webhooks_to, site_root, release, django_capture_on_commit_callbacks
):
    publish(release)
    archive = NewsroomIndexPageFactory(parent=site_root, title="Archive", slug="archive")
    WebhookDelivery.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        release.move(archive, pos="last-child")

    [event] = sent_events()
    assert event["action"] == "moved"
    assert event["urlPath"] == "/archive/libya-release/"
    assert event["oldUrlPath"] == "/newsroom/libya-release/"


def test_deleting_a_live_item_sends_one_deleted_event(
    webhooks_to, release, django_capture_on_commit_callbacks
):
    publish(release)
    page_id = release.pk
    WebhookDelivery.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        release.delete()

    [event] = sent_events()
    assert (event["action"], event["pageId"]) == ("deleted", page_id)
    assert event["urlPath"] == "/newsroom/libya-release/"


def test_deleting_a_never_published_draft_sends_nothing(
    webhooks_to, release, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        release.delete()

    assert sent_events() == []


def test_publishing_a_translation_sends_a_translation_published_event(
    webhooks_to, site_root, release, django_capture_on_commit_callbacks
):
    publish(release)
    arabic, _ = Locale.objects.get_or_create(language_code="ar")
    site_root.copy_for_translation(arabic)
    newsroom_ar = release.get_parent().copy_for_translation(arabic)
    publish(newsroom_ar)
    translation = release.copy_for_translation(arabic)
    WebhookDelivery.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_revision().publish()

    [event] = sent_events()
    assert event["action"] == "translation_published"
    assert event["locale"] == "ar"
    assert event["urlPath"] == f"/ar/newsroom/{translation.slug}/"
    assert f"translations:{release.translation_key}" in event["cacheTags"]


def test_every_configured_endpoint_gets_its_own_delivery(
    settings, webhooks_to, release, django_capture_on_commit_callbacks
):
    settings.NEWSROOM_WEBHOOK_URLS = [webhooks_to.url, webhooks_to.url + "/second"]

    with django_capture_on_commit_callbacks(execute=True):
        release.save_revision().publish()

    assert sorted(WebhookDelivery.objects.values_list("endpoint", flat=True)) == sorted(
        settings.NEWSROOM_WEBHOOK_URLS
    )


def test_without_configured_endpoints_nothing_is_recorded(
    release, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        release.save_revision().publish()

    assert sent_events() == []


def test_a_scheduled_item_sends_its_published_event_when_the_scheduler_publishes_it(
    webhooks_to, release, django_capture_on_commit_callbacks
):
    moment = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(moment - datetime.timedelta(days=1), tick=False):
        release.go_live_at = moment
        with django_capture_on_commit_callbacks(execute=True):
            release.save_revision().publish()
    assert sent_events() == [], "scheduling is not publishing"

    with time_machine.travel(moment, tick=False), django_capture_on_commit_callbacks(execute=True):
        run_due_schedule()

    [event] = sent_events()
    assert (event["action"], event["pageId"]) == ("published", release.pk)


def test_publishing_a_correction_reports_the_item_as_changed_with_its_latest_notice(
    webhooks_to, release, django_capture_on_commit_callbacks
):
    from tests.factories import notice

    release.save_revision().publish()
    noted = datetime.datetime(2026, 5, 6, 9, 30, tzinfo=datetime.UTC)
    release.notices = [notice("correction", noted, "<p>The date was wrong.</p>")]
    with django_capture_on_commit_callbacks(execute=True):
        release.save_revision().publish()

    *_, event = sent_events()
    assert event["action"] == "published"
    assert event["latestNotice"] == {"kind": "CORRECTION", "notedAt": "2026-05-06T09:30:00+00:00"}
    assert f"page:{release.pk}" in event["cacheTags"] and "newsitems" in event["cacheTags"]
