"""Fixtures for translation: people in their groups, pages submitted through the admin."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from tests.factories import PressReleasePageFactory


@pytest.fixture
def locales(db) -> dict[str, Locale]:
    return {locale.language_code: locale for locale in Locale.objects.all()}


FRENCH_TRANSLATORS = "Translators (French)"


@pytest.fixture
def translator(django_user_model):
    """A member of the French translators."""
    user = django_user_model.objects.create_user("translator", password="translate-it-42")
    user.groups.add(Group.objects.get(name=FRENCH_TRANSLATORS))
    return user


@pytest.fixture
def translator_client(client, translator):
    client.force_login(translator)
    return client


@pytest.fixture
def editor_client(django_user_model):
    """A client of its own: a test may hold a translator's and an editor's at once."""
    client = Client()
    client.force_login(django_user_model.objects.create_superuser("editor", password="x-42-x"))
    return client


@pytest.fixture
def press_release(newsroom):
    page = PressReleasePageFactory(
        parent=newsroom,
        title="Militia must be held to account",
        slug="militia-held-to-account",
        summary="Those responsible must face justice.",
        body=[("paragraph", "<p>A video shows a killing.</p>")],
    )
    page.save_revision().publish()
    return page


def submit_for_translation(client, page: Page, *codes: str):
    """What an editor does with "Translate this page": choose locales, submit."""
    locale_ids = [Locale.objects.get(language_code=code).pk for code in codes]
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": locale_ids},
    )


def translation_of(instance, code: str) -> Translation:
    return Translation.objects.get(
        source__object_id=instance.translation_key, target_locale__language_code=code
    )
