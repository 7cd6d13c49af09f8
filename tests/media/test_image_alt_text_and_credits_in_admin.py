"""Alt text holds what newsrooms write, however long; editors see each image's credit where
they choose images (the chooser) and in the image listing."""

import pytest
from django.urls import reverse
from lxml import html

from cms.media.models import NewsroomImage
from tests.factories import ImageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

LONG_ALT = "Migrants stand and walk outside at a detention centre. " * 40


def test_an_alt_text_of_two_thousand_characters_is_stored_whole():
    image = ImageFactory(alt_text=LONG_ALT)
    assert len(LONG_ALT) > 2000
    assert NewsroomImage.objects.get(pk=image.pk).alt_text == LONG_ALT


def credits(response) -> list[str]:
    is_modal = response["Content-Type"].startswith("application/json")
    tree = html.fromstring(response.json()["html"] if is_modal else response.content)
    return [
        " ".join(e.text_content().split()) for e in tree.xpath('//*[@data-testid="image-credit"]')
    ]


@pytest.fixture
def photographs():
    return [
        ImageFactory(title="Tajoura", credit="MAHMUD TURKIA/AFP/Getty Images"),
        ImageFactory(title="Grave", credit="Photo by -/AFP via Getty Images"),
    ]


def test_the_image_chooser_shows_each_credit(admin_client, photographs):
    response = admin_client.get(reverse("wagtailimages_chooser:choose"))
    assert response.status_code == 200
    assert sorted(credits(response)) == sorted(p.credit for p in photographs)


def test_the_image_listing_shows_each_credit(admin_client, photographs):
    response = admin_client.get(reverse("wagtailimages:index"))
    assert sorted(credits(response)) == sorted(p.credit for p in photographs)


def test_the_image_listing_as_a_list_shows_each_credit(admin_client, photographs):
    response = admin_client.get(reverse("wagtailimages:index"), {"layout": "list"})
    assert sorted(credits(response)) == sorted(p.credit for p in photographs)
