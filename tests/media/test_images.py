import pytest
from django.db import IntegrityError, transaction

from cms.media.models import NewsroomImage
from tests.factories import ImageFactory, image_upload
from tests.media.uploads import add_image

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

CREDIT = "Photo by MAHMUD TURKIA/AFP via Getty Images"


def upload(admin_client, **fields):
    return add_image(admin_client, image_upload("protest.png"), **fields)


def test_an_image_with_credit_and_alt_text_is_stored(admin_client):
    response = upload(admin_client)
    assert response.status_code == 302, response.context["form"].errors
    assert NewsroomImage.objects.get().credit == CREDIT


def test_an_image_without_a_credit_is_refused_in_the_admin(admin_client):
    response = upload(admin_client, credit="")
    assert response.status_code == 200
    assert "credit" in response.context["form"].errors
    assert not NewsroomImage.objects.exists()


def test_an_image_without_alt_text_is_refused_unless_decorative(admin_client):
    response = upload(admin_client, alt_text="")
    assert response.context["form"].errors["alt_text"] == [
        "Describe the image, or mark it as decorative."
    ]
    assert not NewsroomImage.objects.exists()


def test_a_decorative_image_needs_no_alt_text(admin_client):
    response = upload(admin_client, alt_text="", is_decorative="on")
    assert response.status_code == 302
    image = NewsroomImage.objects.get()
    assert image.is_decorative and image.default_alt_text == ""


def test_the_database_refuses_an_image_without_a_credit():
    with pytest.raises(IntegrityError), transaction.atomic():
        ImageFactory(credit="")


def test_the_database_refuses_an_image_without_alt_text_that_is_not_decorative():
    with pytest.raises(IntegrityError), transaction.atomic():
        ImageFactory(alt_text="", is_decorative=False)


def test_a_rendition_carries_the_credit_of_its_image():
    image = ImageFactory(licence="All rights reserved")
    rendition = image.get_rendition("fill-400x300")
    assert (rendition.credit, rendition.licence) == (CREDIT, "All rights reserved")


def test_the_alt_text_of_a_rendition_is_the_image_alt_text():
    image = ImageFactory(alt_text="A boy climbs over rubble")
    assert image.get_rendition("width-200").alt == "A boy climbs over rubble"


INVISIBLE_ONLY = {
    "bidi overrides": "\u202e\u202d\u2066\u2069",
    "zero-width": "\u200b\u200c\u200d\u2060\ufeff",
    "exotic spaces": "\u00a0\u2003\u3000\u3164\u2800",
    "marks and tags": "\u200e\u200f\u061c\u00ad\U000e0041",
}


@pytest.mark.parametrize("text", INVISIBLE_ONLY.values(), ids=INVISIBLE_ONLY.keys())
def test_a_credit_of_invisible_characters_is_refused_in_the_admin(admin_client, text):
    response = upload(admin_client, credit=text)

    assert response.status_code == 200
    assert [error.code for error in response.context["form"].errors.as_data()["credit"]] == [
        "invisible_only"
    ]
    assert not NewsroomImage.objects.exists()


@pytest.mark.parametrize("text", INVISIBLE_ONLY.values(), ids=INVISIBLE_ONLY.keys())
def test_alt_text_of_invisible_characters_is_refused_in_the_admin(admin_client, text):
    response = upload(admin_client, alt_text=text)

    assert response.context["form"].errors["alt_text"] == [
        "Describe the image, or mark it as decorative."
    ]
    assert not NewsroomImage.objects.exists()


@pytest.mark.parametrize("text", INVISIBLE_ONLY.values(), ids=INVISIBLE_ONLY.keys())
def test_the_database_refuses_a_credit_of_invisible_characters(text):
    with pytest.raises(IntegrityError), transaction.atomic():
        ImageFactory(credit=text)


@pytest.mark.parametrize("text", INVISIBLE_ONLY.values(), ids=INVISIBLE_ONLY.keys())
def test_the_database_refuses_alt_text_of_invisible_characters(text):
    with pytest.raises(IntegrityError), transaction.atomic():
        ImageFactory(alt_text=text, is_decorative=False)


@pytest.mark.parametrize(
    "credit",
    [CREDIT, "\u202bصورة: محمود تركية/وكالة فرانس برس\u202c", "写真: AFP", "© AI"],
)
def test_a_credit_with_visible_characters_in_any_script_is_stored(credit):
    assert ImageFactory(credit=credit).credit == credit
