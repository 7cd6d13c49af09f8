"""Search forgives what readers type: a typo in any word of the title, summary or body (on
PostgreSQL, through the vocabulary), British or American spelling, accents missing or added,
and Arabic plurals, duals and feminine forms (on both databases, through the normalisation)."""

import pytest

from cms.search import query
from cms.search.highlight import highlight
from cms.search.normalise import normalise
from tests.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def arabic_newsroom(newsroom):
    from wagtail.models import Locale

    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    translation = newsroom.copy_for_translation(arabic, copy_parents=True)
    translation.save_revision().publish()
    return translation


def body(text: str) -> list:
    return [("paragraph", f"<p>{text}</p>")]


@pytest.mark.postgres_only
def test_a_typo_in_a_body_word_finds_the_item(newsroom, found):
    item = PressReleasePageFactory(
        parent=newsroom, title="Export case", body=body("Surveillance companies sold spyware.")
    )
    PressReleasePageFactory(parent=newsroom, title="Unrelated", body=body("Prison visits."))
    assert found("survelliance companies") == [item.pk]


@pytest.mark.postgres_only
def test_a_typo_in_a_summary_word_finds_the_item(newsroom, found):
    item = PressReleasePageFactory(parent=newsroom, summary="Months in solitary confinement.")
    assert found("solitary confinment") == [item.pk]


@pytest.mark.postgres_only
def test_a_short_word_is_never_corrected(newsroom, found):
    PressReleasePageFactory(parent=newsroom, title="Car bomb", summary="Car.", body=[])
    assert found("cat") == []


@pytest.mark.postgres_only
def test_a_word_too_far_from_any_indexed_word_finds_nothing(newsroom, found):
    PressReleasePageFactory(parent=newsroom, summary="Months in solitary confinement.")
    assert found("conferment") == []


@pytest.mark.postgres_only
def test_the_suggestion_uses_the_written_form_of_the_corrected_word(newsroom):
    item = PressReleasePageFactory(parent=newsroom, summary="Les réfugiés interceptés en mer.")
    results = query.search("refugies interseptes", ["en"])
    assert [hit.page_id for hit in results.hits] == [item.pk]
    suggestion = query.suggestion("refugies interseptes", "en", results.corrections, [item.pk])
    assert suggestion == "refugies interceptés"


@pytest.mark.postgres_only
def test_no_suggestion_is_made_when_every_word_is_indexed(newsroom):
    item = PressReleasePageFactory(parent=newsroom, summary="Solitary confinement.")
    results = query.search("solitary confinement", ["en"])
    assert results.corrections == {}
    assert query.suggestion("solitary confinement", "en", results.corrections, [item.pk]) is None


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Tajoura detention center", "detention centre"),
        ("The Libya Stabilization Act", "stabilisation act"),
        ("Civil society organisations criminalised", "organizations criminalized"),
        ("Forced labour", "forced labor"),
    ],
)
def test_british_and_american_spellings_find_each_other(newsroom, found, written, typed):
    item = PressReleasePageFactory(parent=newsroom, title=written)
    assert found(typed) == [item.pk]


def test_an_american_query_marks_the_british_word_as_written():
    marked = highlight("Held in a detention centre.", ["center"], "en")
    assert "<mark>centre</mark>" in marked


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("احتجاج في طرابلس", "احتجاجات"),
        ("سجن معيتيقة", "سجون"),
        ("محكمة في سبها", "محاكم"),
        ("قتلت ممرضتين", "ممرضة"),
        ("المدافعات عن حقوق الإنسان", "مدافعة"),
        ("الصحفيين المحتجزين", "صحفي"),
    ],
    ids=["sound-plural", "broken-plural", "broken-plural-feminine", "dual", "feminine-plural",
         "masculine-plural"],
)  # fmt: skip
def test_arabic_singulars_and_plurals_find_each_other(arabic_newsroom, found, written, typed):
    item = PressReleasePageFactory(parent=arabic_newsroom, title=written, summary="ملخص.", body=[])
    assert found(typed, "ar") == [item.pk]


@pytest.mark.parametrize(
    ("word", "plural"),
    [("احتجاج", "الاحتجاجات"), ("سلاح", "أسلحة"), ("عائلة", "عائلاتهم"), ("مستشفى", "مستشفيات")],
)
def test_arabic_plurals_and_attached_pronouns_normalise_to_the_singular(word, plural):
    assert normalise(plural, "ar") == normalise(word, "ar")


def test_a_word_that_begins_with_feh_keeps_it():
    assert normalise("فيضانات", "ar") == normalise("فيضان", "ar") != normalise("يضان", "ar")


@pytest.mark.postgres_only
def test_a_correction_only_an_item_out_of_view_holds_is_never_suggested(newsroom):
    shown = PressReleasePageFactory(parent=newsroom, title="Kufra detention")
    PressReleasePageFactory(parent=newsroom, title="Kufra confiscations")
    results = query.search("Kufra confiscasions", ["en"])
    assert results.corrections
    assert query.suggestion("Kufra confiscasions", "en", results.corrections, [shown.pk]) is None


@pytest.mark.parametrize(
    "typed",
    ["%%%", "\\\\ _ %", "x" * 200, "survelliance' OR 1=1 --", "🙂 détentiön", "covid_19 | !"],
)
def test_odd_input_finds_nothing_or_something_but_never_fails(newsroom, typed):
    PressReleasePageFactory(parent=newsroom, summary="Surveillance of COVID_19 patients.")
    results = query.search(typed, ["en"])
    assert isinstance(results.hits, list)
