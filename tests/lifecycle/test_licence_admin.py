"""Licences in the admin: the image form keeps them and refuses a window that ends before it
starts, the image library filters by them, the dashboard lists those ending within 30 days
with the pages that use each image, and an editor publishing or scheduling a page is warned of
an image its go-live will not show."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from cms.media.models import NewsroomImage
from tests.factories import ImageFactory, PressReleasePageFactory
from tests.review.conftest import client_for, edit_form, user_in

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def image_form(image: NewsroomImage, **fields) -> dict:
    data = {
        "title": image.title,
        "alt_text": image.alt_text,
        "caption": image.caption,
        "credit": image.credit,
        "licence": image.licence,
        "licensor": "Getty Images",
        "usage_terms": "Editorial use only, no archive.",
        "licence_valid_from": "2026-01-01 00:00",
        "licence_valid_until": "2027-01-01 00:00",
        "source_url": "",
        "collection": image.collection_id,
        "tags": "",
    }
    return data | fields


def test_the_image_form_keeps_the_licence(admin_client):
    image = ImageFactory()
    response = admin_client.post(reverse("wagtailimages:edit", args=[image.pk]), image_form(image))
    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.licensor, image.usage_terms) == (
        "Getty Images",
        "Editorial use only, no archive.",
    )
    assert image.licence_valid_until.year == 2027


def test_the_image_form_refuses_a_window_that_ends_before_it_starts(admin_client):
    image = ImageFactory(licensor="AFP")
    form = image_form(image, licence_valid_until="2025-06-01 00:00")
    response = admin_client.post(reverse("wagtailimages:edit", args=[image.pk]), form)
    assert response.status_code == 200
    assert "must end after it starts" in response.content.decode()
    image.refresh_from_db()
    assert (image.licensor, image.licence_valid_until) == ("AFP", None)


@pytest.fixture
def library():
    now = timezone.now()
    return {
        "ended": ImageFactory(title="Ended", licence_valid_until=now - DAY),
        "ending": ImageFactory(title="Ending", licence_valid_until=now + 10 * DAY),
        "later": ImageFactory(title="Later", licence_valid_until=now + 90 * DAY),
        "upcoming": ImageFactory(title="Upcoming", licence_valid_from=now + DAY),
        "unlimited": ImageFactory(title="Unlimited", licensor="Amnesty"),
    }


@pytest.mark.parametrize(
    ("state", "titles"),
    [
        ("withheld", ["Ended", "Upcoming"]),
        ("ending", ["Ending"]),
        ("upcoming", ["Upcoming"]),
        ("unlimited", ["Unlimited"]),
    ],
)
def test_the_image_library_filters_by_licence(state, titles, admin_client, library):
    response = admin_client.get(reverse("wagtailimages:index"), {"licence_state": state})
    assert sorted(image.title for image in response.context["images"]) == titles


def test_the_image_library_filters_by_licensor(admin_client, library):
    response = admin_client.get(reverse("wagtailimages:index"), {"licensor": "amnes"})
    assert [image.title for image in response.context["images"]] == ["Unlimited"]


def test_the_dashboard_lists_licences_ending_within_30_days_with_their_pages(
    admin_client, library, newsroom
):
    PressReleasePageFactory(
        parent=newsroom, title="Uses the ending photo", hero_image=library["ending"]
    )
    page = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    panel = page[page.index('data-testid="dashboard-licences"') :]
    panel = panel[: panel.index("</table>")]
    assert "Ending" in panel and "Uses the ending photo" in panel
    assert "Later" not in panel and "Ended" not in panel


def test_the_dashboard_does_not_name_a_draft_to_whoever_may_not_edit_it(library, newsroom):
    PressReleasePageFactory(
        parent=newsroom, title="Secret draft", hero_image=library["ending"], live=False
    )
    translator = user_in("Translators (French)", "translator")
    page = client_for(translator).get(reverse("wagtailadmin_home")).content.decode()
    assert "Ending" in page
    assert "Secret draft" not in page


def warnings_after_publish(user, page, **fields) -> list[str]:
    form = edit_form(page, action="action-publish", **fields) | {"hero_image": page.hero_image_id}
    response = client_for(user).post(reverse("wagtailadmin_pages:edit", args=[page.pk]), form)
    return [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]


def test_publishing_a_page_whose_photo_is_not_licensed_warns_the_editor(
    admin_user, newsroom, library
):
    page = PressReleasePageFactory(parent=newsroom, hero_image=library["ended"])
    warnings = warnings_after_publish(admin_user, page)
    assert len(warnings) == 1 and "“Ended”" in warnings[0]


def test_scheduling_past_a_licences_end_warns_the_editor(admin_user, newsroom, library):
    page = PressReleasePageFactory(parent=newsroom, hero_image=library["ending"], live=False)
    go_live = timezone.localtime() + 20 * DAY
    warnings = warnings_after_publish(
        admin_user, page, go_live_at=go_live.strftime("%Y-%m-%d %H:%M")
    )
    assert len(warnings) == 1 and "“Ending”" in warnings[0]


def test_publishing_with_a_licensed_photo_warns_of_nothing(admin_user, newsroom, library):
    page = PressReleasePageFactory(parent=newsroom, hero_image=library["later"])
    assert warnings_after_publish(admin_user, page) == []
