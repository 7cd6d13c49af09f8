import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from wagtail.models import Locale, TranslatableMixin

from newsroom_pages.snippets import Country, PressContact, Topic
from tests.factories import CountryFactory, TopicFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.mark.parametrize("model", [Topic, Country, PressContact])
def test_every_snippet_is_translatable(model):
    assert issubclass(model, TranslatableMixin)


def test_all_four_content_locales_are_declared(settings):
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    assert codes == ["en", "ar", "fr", "es"]
    assert settings.WAGTAIL_I18N_ENABLED


def test_a_country_iso_code_must_be_two_capital_letters():
    country = CountryFactory.build(iso_code="ly")
    with pytest.raises(ValidationError) as error:
        country.full_clean()
    assert "iso_code" in error.value.message_dict


def test_a_topic_slug_is_unique_within_a_locale():
    TopicFactory(slug="arms-control")
    with pytest.raises(IntegrityError), transaction.atomic():
        TopicFactory(slug="arms-control")


def test_the_same_topic_slug_may_exist_in_another_locale():
    french, _ = Locale.objects.get_or_create(language_code="fr")
    TopicFactory(slug="arms-control")
    assert TopicFactory(slug="arms-control", locale=french).pk
