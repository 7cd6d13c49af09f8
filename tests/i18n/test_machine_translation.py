"""Machine translation is chosen by the environment, off by default; tests never call out."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from cms.settings.machine_translation import (
    DEEPL,
    DUMMY,
    LIBRETRANSLATE,
    machine_translator_from_env,
)
from tests.i18n.conftest import submit_for_translation, translation_of

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("value", [None, "", "off", "none"])
def test_machine_translation_is_off_unless_a_service_is_named(value):
    environ = {} if value is None else {"MACHINE_TRANSLATOR": value}
    assert machine_translator_from_env(environ) is None


def test_deepl_is_configured_with_its_api_key():
    config = machine_translator_from_env({"MACHINE_TRANSLATOR": "deepl", "DEEPL_API_KEY": "k:fx"})
    assert config == {"CLASS": DEEPL, "OPTIONS": {"AUTH_KEY": "k:fx"}}


def test_libretranslate_is_configured_with_its_url_and_optional_key():
    config = machine_translator_from_env(
        {"MACHINE_TRANSLATOR": "LibreTranslate", "LIBRETRANSLATE_URL": "https://lt.example.org/"}
    )
    assert config == {
        "CLASS": LIBRETRANSLATE,
        "OPTIONS": {"LIBRETRANSLATE_URL": "https://lt.example.org", "API_KEY": ""},
    }


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"MACHINE_TRANSLATOR": "deepl"}, "DEEPL_API_KEY"),
        ({"MACHINE_TRANSLATOR": "libretranslate"}, "LIBRETRANSLATE_URL"),
        ({"MACHINE_TRANSLATOR": "libretranslate", "LIBRETRANSLATE_URL": "lt.local"}, "http"),
        ({"MACHINE_TRANSLATOR": "google"}, "not supported"),
    ],
)
def test_a_named_service_without_what_it_needs_stops_the_process(environ, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        machine_translator_from_env(environ)


def test_production_refuses_to_start_with_deepl_but_no_key():
    env = {k: v for k, v in os.environ.items() if k != "DEEPL_API_KEY"}
    env |= {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "MACHINE_TRANSLATOR": "deepl",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "MACHINE_TRANSLATOR=deepl needs DEEPL_API_KEY" in result.stderr


def test_the_tests_use_the_local_dummy_translator(settings):
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR == {"CLASS": DUMMY}


@pytest.mark.django_db
def test_a_translator_fills_a_translation_by_machine_from_the_editor(editor_client, press_release):
    submit_for_translation(editor_client, press_release, "fr")
    translation = translation_of(press_release, "fr")
    response = editor_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk])
    )
    assert response.status_code == 302
    machine = StringTranslation.objects.filter(locale=translation.target_locale)
    assert machine.filter(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE).count() == 3
    assert machine.filter(data="justice. face must responsible Those").exists()


@pytest.mark.django_db
def test_without_a_machine_translator_the_editor_offers_none(
    editor_client, press_release, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    submit_for_translation(editor_client, press_release, "fr")
    response = editor_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation_of(press_release, "fr").pk])
    )
    assert response.status_code == 404
    assert not StringTranslation.objects.exists()
