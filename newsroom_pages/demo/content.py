"""Demo newsroom content.

Titles, dates, kinds, photo credits and alt texts are facts from the seed listing
(shared/seeds/newsroom-libya.txt). Summaries and bodies are our own short wording; items we
invented are marked as demo content.
"""

from dataclasses import dataclass, field
from datetime import date

AFP_TURKIA = "Photo by MAHMUD TURKIA/AFP via Getty Images"

# The seed listing's alt texts, verbatim (credit notes included), however long.
AFP_GETTY_SHOULD_READ = "MAHMUD TURKIA/AFP/Getty Images"
SEED_ALT_BAKERY = (
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
SEED_ALT_TAJOURA = (
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
SEED_ALT_RUBBLE = (
    "A boy climbs over rubble near the Yarmouk military compound, controlled by the Libyan "
    "Government of National Accord (GNA) forces, south of the Libyan capital Tripoli "
    "following air strikes July 1, 2019. - Libyan strongman Khalifa Haftar's forces, which "
    "hold much of eastern and southern Libya, launched an offensive in early April to seize "
    "the capital from the internationally recognised unity government. (Photo by Mahmud "
    "TURKIA / AFP) (Photo credit should read MAHMUD TURKIA/AFP/Getty Images)"
)

TOPICS = {
    "accountability": "Accountability",
    "arms-control": "Arms control",
    "refugees-and-migrants": "Refugees and migrants",
    "surveillance": "Surveillance",
    "freedom-of-assembly": "Freedom of assembly",
    "right-to-health": "Right to health",
    "armed-conflict": "Armed conflict",
}

COUNTRIES = {
    "LY": "Libya",
    "AE": "United Arab Emirates",
    "US": "United States",
    "YE": "Yemen",
    "EG": "Egypt",
    "FR": "France",
}

PRESS_CONTACT = {
    "name": "Newsroom press office",
    "role": "Media relations (demo contact)",
    "email": "press@example.org",
    "phone": "+1 202 555 0100",
}


@dataclass(frozen=True)
class DemoPhoto:
    credit: str
    alt_text: str
    caption: str = ""
    colour: tuple[int, int, int] = (120, 96, 72)


@dataclass(frozen=True)
class DemoItem:
    kind: str
    title: str
    slug: str
    published: date
    summary: str
    paragraphs: tuple[str, ...]
    topics: tuple[str, ...]
    countries: tuple[str, ...]
    photo: DemoPhoto | None = None
    quote: tuple[str, str, str] | None = None
    key_fact: tuple[str, str, str] | None = None
    extra: dict = field(default_factory=dict)


DEMO_SPOKESPERSON = ("Regional research team", "Demo attribution, not a real statement")

ITEMS: tuple[DemoItem, ...] = (
    DemoItem(
        kind="PRESS_RELEASE",
        title=(
            "State-Financed Militia Must Be Held to Account for Extrajudicial Execution "
            "in Misratah, Libya"
        ),
        slug="militia-extrajudicial-execution-misratah",
        published=date(2022, 3, 31),
        summary=(
            "Video of a killing by a state-funded militia shows what years of impunity for "
            "armed groups in Libya have produced. Those responsible must face justice."
        ),
        paragraphs=(
            "A video circulating this week appears to show members of a militia paid from "
            "public funds killing a captive in Misratah.",
            "Authorities that finance armed groups are responsible for what those groups do. "
            "We call for an independent investigation and for suspects to be suspended "
            "from any public role while it runs.",
        ),
        topics=("accountability", "armed-conflict"),
        countries=("LY",),
        quote=("Paying a militia does not place it above the law.", *DEMO_SPOKESPERSON),
    ),
    DemoItem(
        kind="PRESS_RELEASE",
        title=(
            "Executives of surveillance companies Amesys and Nexa Technologies indicted for "
            "complicity in torture"
        ),
        slug="amesys-nexa-executives-indicted",
        published=date(2021, 6, 22),
        summary=(
            "French judges have charged four executives over surveillance technology sold "
            "to governments in Libya and Egypt: a first step towards corporate accountability."
        ),
        paragraphs=(
            "Four executives of two French surveillance firms now face charges of "
            "complicity in torture.",
            "Spyware sold to repressive governments can lead straight to arrests, torture "
            "and disappearances. Export controls must be enforced, and companies must check "
            "the human rights risks of every sale.",
        ),
        topics=("surveillance", "accountability"),
        countries=("FR", "LY", "EG"),
    ),
    DemoItem(
        kind="PRESS_RELEASE",
        title=(
            "Senate Vote Authorizing Arms Sales to the UAE Could Fuel More War Crimes in "
            "Yemen, Libya Conflicts"
        ),
        slug="senate-vote-arms-sales-uae",
        published=date(2020, 12, 9),
        summary=(
            "The Senate let a multi-billion dollar weapons package to the UAE go ahead, "
            "despite the risk that the arms are used against civilians in Yemen and Libya."
        ),
        paragraphs=(
            "The vote clears advanced weapons for a government whose forces have been "
            "linked to unlawful attacks in two wars.",
            "Congress should keep using every oversight tool it has, and the administration "
            "should suspend deliveries until the risks are assessed.",
        ),
        topics=("arms-control", "armed-conflict"),
        countries=("US", "AE", "YE", "LY"),
        key_fact=("$23.37bn", "Value of the weapons package the vote allowed", "US Senate"),
    ),
    DemoItem(
        kind="PRESS_RELEASE",
        title="The Libya Stabilization Act will mean accountability for abuses",
        slug="libya-stabilization-act-accountability",
        published=date(2020, 11, 18),
        summary=(
            "A new US law creates reporting on foreign interference in Libya and sanctions "
            "for those who break the arms embargo or commit war crimes."
        ),
        paragraphs=(
            "The act passed by Congress adds reporting duties on foreign military support "
            "to the parties in Libya.",
            "It must now be applied: sanctions should reach those who supply weapons in "
            "breach of the UN arms embargo.",
        ),
        topics=("accountability", "arms-control"),
        countries=("US", "LY"),
    ),
    DemoItem(
        kind="PRESS_RELEASE",
        title=(
            "Arms Sales to the UAE could make U.S. responsible for more deaths of civilians "
            "in Yemen and Libya"
        ),
        slug="arms-sales-uae-civilian-deaths",
        published=date(2020, 11, 9),
        summary=(
            "Planned sales of armed drones to the UAE risk making the United States complicit "
            "in unlawful killings of civilians in Yemen and Libya."
        ),
        paragraphs=(
            "The proposed package includes armed drones of a kind that has already been "
            "used in attacks that killed civilians.",
            "Washington should halt the sale rather than risk sharing responsibility.",
        ),
        topics=("arms-control",),
        countries=("US", "AE", "YE", "LY"),
        key_fact=("18", "Armed drones in the planned sale", "US government notification"),
    ),
    DemoItem(
        kind="REPORT",
        title="New evidence shows refugees and migrants in Libya trapped in horrific cycle of abuses",
        slug="refugees-migrants-libya-cycle-of-abuses",
        published=date(2020, 9, 24),
        summary=(
            "Our research documents how people intercepted at sea are returned to Libya and "
            "to the same abuses they fled, while Europe deepens its cooperation on migration."
        ),
        paragraphs=(
            "People who reach Libya in search of safety face detention, extortion and "
            "violence, and those who try to cross the sea are often sent back.",
            "European governments must stop supporting interceptions that return people to "
            "danger, and open safe and legal routes instead.",
        ),
        topics=("refugees-and-migrants",),
        countries=("LY",),
        photo=DemoPhoto(
            credit="MAHMUD TURKIA/AFP via Getty Images",
            alt_text="Refugees and migrants in Libya (demo description of the report photo)",
            colour=(70, 90, 120),
        ),
        extra={
            "index_number": "MDE 19/3084/2020",
            "key_findings": (
                "People intercepted at sea are returned to detention in Libya.",
                "Detainees describe extortion, forced labour and violence.",
                "Cooperation on migration control continues without human rights safeguards.",
            ),
        },
    ),
    DemoItem(
        kind="PRESS_RELEASE",
        title="Heavy weaponry used in Libya to disperse peaceful protesters demanding economic rights",
        slug="heavy-weaponry-tripoli-protesters",
        published=date(2020, 8, 26),
        summary=(
            "Armed men fired live ammunition at a protest in Tripoli and abducted "
            "demonstrators. Those held must be freed and the attack investigated."
        ),
        paragraphs=(
            "Witnesses and video show gunfire, including from heavy machine guns, aimed at "
            "people protesting about living conditions.",
            "Everyone detained for peaceful protest must be released at once.",
        ),
        topics=("freedom-of-assembly",),
        countries=("LY",),
        photo=DemoPhoto(
            credit=AFP_TURKIA,
            alt_text="Sandy street with damaged car moving on it",
            colour=(176, 140, 90),
        ),
        key_fact=("6", "Protesters abducted, at least", "Eyewitness testimony"),
    ),
    DemoItem(
        kind="PRESS_RELEASE",
        title="Fact-finding mission to investigate crimes in Libya is a welcome step",
        slug="fact-finding-mission-libya",
        published=date(2020, 6, 24),
        summary=(
            "The UN's new fact-finding mission can help end impunity in Libya if every party "
            "to the conflict cooperates with it."
        ),
        paragraphs=(
            "The mission will document violations by all sides since 2016.",
            "Parties to the conflict and their foreign backers must give investigators "
            "access and protect the witnesses who speak to them.",
        ),
        topics=("accountability", "armed-conflict"),
        countries=("LY",),
        photo=DemoPhoto(
            credit="Photo by -/AFP via Getty Images",
            alt_text="6 men stand around a grave with shovels",
            colour=(110, 100, 80),
        ),
    ),
    DemoItem(
        kind="PRESS_RELEASE",
        title=(
            "Historic discrimination in Libya threatens right to health of minorities in the "
            "south amid COVID-19"
        ),
        slug="discrimination-right-to-health-covid-19",
        published=date(2020, 4, 21),
        summary=(
            "Minorities in southern Libya already faced barriers to healthcare; the pandemic "
            "response must reach them."
        ),
        paragraphs=(
            "Years of conflict have weakened hospitals and clinics across the country.",
            "Tabu and Tuareg communities face discrimination that keeps them from care. "
            "Authorities and donors must include them in every emergency plan.",
        ),
        topics=("right-to-health",),
        countries=("LY",),
        photo=DemoPhoto(
            credit=AFP_TURKIA,
            alt_text=SEED_ALT_BAKERY,
            caption=(
                "Libyans queue at a distance outside a bakery during a curfew in Tripoli, "
                "April 19, 2020."
            ),
            colour=(150, 120, 100),
        ),
    ),
    DemoItem(
        kind="PRESS_RELEASE",
        title="Abhorrent attack on migrant detention center in Libya must be investigated as a war crime",
        slug="tajoura-detention-center-attack",
        published=date(2019, 7, 3),
        summary=(
            "An air strike on the Tajoura detention center killed dozens of refugees and "
            "migrants locked inside. It must be investigated as a war crime."
        ),
        paragraphs=(
            "The center's location was known to every warring party, and the people held "
            "there could not escape.",
            "The International Criminal Court should investigate, and Libya must end the "
            "detention of refugees and migrants.",
        ),
        topics=("refugees-and-migrants", "armed-conflict"),
        countries=("LY",),
        photo=DemoPhoto(
            credit=AFP_GETTY_SHOULD_READ,
            alt_text=SEED_ALT_TAJOURA,
            colour=(90, 110, 100),
        ),
        key_fact=("40", "Refugees and migrants killed, at least", "Reported on July 3, 2019"),
    ),
    DemoItem(
        kind="PRESS_RELEASE",
        title="UN arms embargo violations put Tripoli’s 1.2 million civilians in grave danger",
        slug="arms-embargo-violations-tripoli",
        published=date(2019, 7, 2),
        summary=(
            "Weapons imported in breach of the UN arms embargo are being used in the battle "
            "for Tripoli, putting the city's civilians at risk."
        ),
        paragraphs=(
            "Three months of fighting have driven tens of thousands of people from their "
            "homes and cut power for hours every day.",
            "States supplying weapons in breach of the embargo must stop, and the Security "
            "Council must enforce it.",
        ),
        topics=("arms-control", "armed-conflict"),
        countries=("LY",),
        photo=DemoPhoto(
            credit=AFP_GETTY_SHOULD_READ,
            alt_text=SEED_ALT_RUBBLE,
            colour=(130, 110, 90),
        ),
        key_fact=("1.2 million", "Civilians living in Tripoli", "UN estimate"),
    ),
    DemoItem(
        kind="PRESS_RELEASE",
        title=(
            "Catastrophic failure as civilians ravaged by war violations 70 years after "
            "Geneva Conventions"
        ),
        slug="geneva-conventions-70-years",
        published=date(2019, 5, 22),
        summary=(
            "Seventy years after the Geneva Conventions, the Security Council is failing "
            "the civilians the laws of war were written to protect."
        ),
        paragraphs=(
            "From Libya to Yemen, attacks on homes, schools and hospitals go unpunished.",
            "The anniversary should be marked by action: enforcing arms embargoes and "
            "referring war crimes to justice.",
        ),
        topics=("armed-conflict", "accountability"),
        countries=("LY", "YE"),
        photo=DemoPhoto(
            credit="©Getty Images",
            alt_text="Civilians in a conflict zone (demo description)",
            colour=(100, 100, 110),
        ),
    ),
    DemoItem(
        kind="CAMPAIGN_VICTORY",
        title="[Demo] Detained Tripoli protesters freed after public campaign",
        slug="demo-tripoli-protesters-freed",
        published=date(2020, 9, 10),
        summary=(
            "Demo content, not a real event: shows how a campaign victory reads in the "
            "newsroom. Supporters' letters and appeals preceded the release."
        ),
        paragraphs=(
            "This campaign victory is invented demo content so that every page type has "
            "an example.",
            "It follows the press release on the August protests and links back to it.",
        ),
        topics=("freedom-of-assembly",),
        countries=("LY",),
        extra={
            "campaign": "Free the Tripoli protesters (demo)",
            "outcome": "The demo protesters were released and charges were dropped.",
            "related": ("heavy-weaponry-tripoli-protesters",),
        },
    ),
)
