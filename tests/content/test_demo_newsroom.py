"""The demo newsroom holds the seed listing (shared/seeds/newsroom-libya.txt), item for item."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from cms.media.models import NewsroomImage
from newsroom_pages.pages import (
    CampaignVictoryPage,
    NewsItemPage,
    NewsroomIndexPage,
    PressReleasePage,
    ReportPage,
)
from newsroom_pages.snippets import Country, PressContact, Topic

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.usefixtures("demo_newsroom"),
]

# Transcribed from the seed listing independently of the demo content module.
SEED_LISTING = [
    (
        "State-Financed Militia Must Be Held to Account for Extrajudicial Execution in Misratah, Libya",
        date(2022, 3, 31),
        PressReleasePage,
    ),
    (
        "Executives of surveillance companies Amesys and Nexa Technologies indicted for complicity in torture",
        date(2021, 6, 22),
        PressReleasePage,
    ),
    (
        "Senate Vote Authorizing Arms Sales to the UAE Could Fuel More War Crimes in Yemen, Libya Conflicts",
        date(2020, 12, 9),
        PressReleasePage,
    ),
    (
        "The Libya Stabilization Act will mean accountability for abuses",
        date(2020, 11, 18),
        PressReleasePage,
    ),
    (
        "Arms Sales to the UAE could make U.S. responsible for more deaths of civilians in Yemen and Libya",
        date(2020, 11, 9),
        PressReleasePage,
    ),
    (
        "New evidence shows refugees and migrants in Libya trapped in horrific cycle of abuses",
        date(2020, 9, 24),
        ReportPage,
    ),
    (
        "Heavy weaponry used in Libya to disperse peaceful protesters demanding economic rights",
        date(2020, 8, 26),
        PressReleasePage,
    ),
    (
        "Fact-finding mission to investigate crimes in Libya is a welcome step",
        date(2020, 6, 24),
        PressReleasePage,
    ),
    (
        "Historic discrimination in Libya threatens right to health of minorities in the south amid COVID-19",
        date(2020, 4, 21),
        PressReleasePage,
    ),
    (
        "Abhorrent attack on migrant detention center in Libya must be investigated as a war crime",
        date(2019, 7, 3),
        PressReleasePage,
    ),
    (
        "UN arms embargo violations put Tripoli’s 1.2 million civilians in grave danger",
        date(2019, 7, 2),
        PressReleasePage,
    ),
    (
        "Catastrophic failure as civilians ravaged by war violations 70 years after Geneva Conventions",
        date(2019, 5, 22),
        PressReleasePage,
    ),
]
# The seed listing's photo descriptions, verbatim (the longest runs to 784 characters).
ALT_BAKERY = (
    "Libyans queue at a distance outside a bakery, during a curfew announced by the "
    "UN-recognised Government of National Accord (GNA) in areas under its control to stem "
    "the spread of the novel coronavirus, in the capital Tripoli on April 19, 2020. - "
    "Already tired by the tribulations of war, Libyans in the capital Tripoli are reluctant "
    "to respect lockdown measures introduced Friday to control coronavirus, which has "
    "officially infected 49 people in the country. The UN-recognised Government of National "
    "Accord (GNA) announced a total curfew for 10 days in areas under its control in "
    "western Libya on Thursday. Driving is banned and people are only allowed out to do "
    "their shopping on foot between 7am and noon. (Photo by Mahmud TURKIA / AFP) (Photo by "
    "MAHMUD TURKIA/AFP via Getty Images)"
)
ALT_TAJOURA = (
    "Migrants stand and walk outside at a detention centre used by the Libyan Government of "
    "National Accord (GNA) in the capital Tripoli's southern suburb of Tajoura on July 3, "
    "2019, following an air strike on a nearby building that left dozens killed the "
    "previous night. - Over 40 migrants were killed in an air strike early late on July 2 "
    "on their detention centre in a Tripoli suburb blamed on Libyan strongman Khalifa "
    "Haftar, who has been trying for three months to seize the capital. The UN said the air "
    'strike "may amount to a war crime". More than 130 people were also wounded in the in '
    "the raid on Tajoura, the statement added. (Photo by Mahmud TURKIA / AFP) (Photo credit "
    "should read MAHMUD TURKIA/AFP/Getty Images)"
)
ALT_RUBBLE = (
    "A boy climbs over rubble near the Yarmouk military compound, controlled by the Libyan "
    "Government of National Accord (GNA) forces, south of the Libyan capital Tripoli "
    "following air strikes July 1, 2019. - Libyan strongman Khalifa Haftar's forces, which "
    "hold much of eastern and southern Libya, launched an offensive in early April to seize "
    "the capital from the internationally recognised unity government. (Photo by Mahmud "
    "TURKIA / AFP) (Photo credit should read MAHMUD TURKIA/AFP/Getty Images)"
)

SEED_PHOTOS = {
    "New evidence shows refugees and migrants in Libya trapped in horrific cycle of abuses": (
        "MAHMUD TURKIA/AFP via Getty Images",
        None,
    ),
    "Historic discrimination in Libya threatens right to health of minorities in the south amid COVID-19": (
        "Photo by MAHMUD TURKIA/AFP via Getty Images",
        ALT_BAKERY,
    ),
    "Abhorrent attack on migrant detention center in Libya must be investigated as a war crime": (
        "MAHMUD TURKIA/AFP/Getty Images",
        ALT_TAJOURA,
    ),
    "UN arms embargo violations put Tripoli’s 1.2 million civilians in grave danger": (
        "MAHMUD TURKIA/AFP/Getty Images",
        ALT_RUBBLE,
    ),
    "Heavy weaponry used in Libya to disperse peaceful protesters demanding economic rights": (
        "Photo by MAHMUD TURKIA/AFP via Getty Images",
        "Sandy street with damaged car moving on it",
    ),
    "Fact-finding mission to investigate crimes in Libya is a welcome step": (
        "Photo by -/AFP via Getty Images",
        "6 men stand around a grave with shovels",
    ),
    "Catastrophic failure as civilians ravaged by war violations 70 years after Geneva Conventions": (
        "©Getty Images",
        None,
    ),
}


def load_demo() -> str:
    out = StringIO()
    call_command("load_demo_newsroom", stdout=out)
    return out.getvalue()


def snapshot() -> dict:
    models = [NewsItemPage, NewsroomIndexPage, NewsroomImage, Topic, Country, PressContact]
    return {model.__name__: model.objects.count() for model in models} | {
        "revisions": sum(page.revisions.count() for page in NewsItemPage.objects.all())
    }


def test_running_the_demo_command_twice_changes_nothing():
    before = snapshot()
    output = load_demo()
    assert snapshot() == before
    assert "nothing changed" in output


@pytest.mark.parametrize(("title", "published", "page_type"), SEED_LISTING)
def test_every_seed_item_is_live_with_its_date_and_kind(title, published, page_type):
    item = NewsItemPage.objects.live().get(title=title)
    assert item.publication_date == published
    assert type(item.specific) is page_type


@pytest.mark.parametrize(("title", "photo"), SEED_PHOTOS.items())
def test_seed_photos_carry_the_listing_credit_and_alt_text(title, photo):
    credit, alt_text = photo
    image = NewsItemPage.objects.get(title=title).hero_image
    assert image.credit == credit
    if alt_text:
        assert image.alt_text == alt_text


def test_the_longest_seed_alt_text_is_kept_whole():
    assert len(ALT_BAKERY) == 784
    assert NewsroomImage.objects.filter(alt_text=ALT_BAKERY).exists()


def test_a_credit_note_inside_an_alt_text_stays_as_written():
    image = NewsItemPage.objects.get(title__startswith="Abhorrent attack").hero_image
    assert image.alt_text.endswith("(Photo credit should read MAHMUD TURKIA/AFP/Getty Images)")


def test_every_page_type_has_a_demo_instance():
    for page_type in [PressReleasePage, ReportPage, CampaignVictoryPage]:
        assert page_type.objects.live().exists(), page_type


def test_invented_items_are_marked_as_demo_content():
    victory = CampaignVictoryPage.objects.get(locale=Locale.get_default())
    assert victory.title.startswith("[Demo]")
    assert victory.summary.startswith("Demo content")


def test_demo_items_are_filed_under_the_newsroom_with_topics_and_countries():
    newsroom = NewsroomIndexPage.objects.get(slug="newsroom", locale=Locale.get_default())
    assert NewsItemPage.objects.child_of(newsroom).count() == len(SEED_LISTING) + 1
    report = ReportPage.objects.get(locale=Locale.get_default())
    assert report.index_number == "MDE 19/3084/2020"
    assert {country.iso_code for country in report.countries.all()} == {"LY"}
    assert report.topics.filter(slug="refugees-and-migrants").exists()
