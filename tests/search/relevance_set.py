"""The relevance set: queries as readers type them (inflected, without accents or hamza, with
diacritics, misspelt or transliterated names) in each language, each naming the items that
must be in the first ten results, over the demo newsroom plus the generated items in
corpus.py. Used by tests/search/test_relevance.py and `manage.py search_quality`."""

import datetime
from io import StringIO

from django.core.management import call_command
from wagtail.rich_text import RichText

from cms.search.quality import RelevanceCase
from newsroom_pages.pages import NewsItemPage, NewsroomIndexPage, PressReleasePage

from . import corpus

HEAVY = "heavy-weaponry-tripoli-protesters"
REFUGEES = "refugees-migrants-libya-cycle-of-abuses"
FREED = "demo-tripoli-protesters-freed"
TAJOURA = "tajoura-detention-center-attack"
EMBARGO = "arms-embargo-violations-tripoli"


def _cases(code: str, rows: list[tuple[str, tuple[str, ...]]]) -> list[RelevanceCase]:
    return [RelevanceCase(code, text, expected) for text, expected in rows]


CASES: list[RelevanceCase] = [
    *_cases(
        "en",
        [
            ("Misrata militia execution", ("militia-extrajudicial-execution-misratah",)),
            ("extrajudicial executions", ("militia-extrajudicial-execution-misratah",)),
            ("Amesys Nexa", ("amesys-nexa-executives-indicted",)),
            ("Amesis surveillance", ("amesys-nexa-executives-indicted",)),
            ("executives indicted for torture", ("amesys-nexa-executives-indicted",)),
            ("arms sales UAE", ("senate-vote-arms-sales-uae", "arms-sales-uae-civilian-deaths")),
            ("Libya Stabilisation Act", ("libya-stabilization-act-accountability",)),
            ("refugees migrants abuse", (REFUGEES,)),
            ("migrant detention centre air strike", (TAJOURA,)),
            ("Tajoura detention", (TAJOURA,)),
            ("protesters heavy weapons", (HEAVY,)),
            ("fact finding mission", ("fact-finding-mission-libya",)),
            ("COVID-19 discrimination minorities", ("discrimination-right-to-health-covid-19",)),
            ("arms embargo Tripoli civilians", (EMBARGO,)),
            ("Geneva Conventions anniversary", ("geneva-conventions-70-years",)),
            ("journalist detained Benghazi", ("journalists-benghazi",)),
            ("Derna flood", ("derna-floods",)),
            ("death sentence Sabha", ("death-penalty-sabha",)),
            ("Mitiga prison torture", ("mitiga-prison-torture",)),
            ("women human rights defenders", ("women-defenders",)),
            ("hospital shelling Misrata", ("misratah-hospital",)),
            ("protesters freed after campaign", (FREED,)),
        ],
    ),
    *_cases(
        "fr",
        [
            ("armes lourdes manifestants", (HEAVY,)),
            ("manifestants pacifiques", (HEAVY,)),
            ("refugies migrants Libye", (REFUGEES,)),
            ("réfugié violation", (REFUGEES,)),
            ("interceptees en mer", (REFUGEES,)),
            ("extorsion travail force", (REFUGEES,)),
            ("liberation des manifestants", (FREED,)),
            ("campagne publique", (FREED,)),
            ("journalistes detenus Benghazi", ("journalists-benghazi",)),
            ("journaliste Benghazi", ("journalists-benghazi",)),
            ("hopital Misrata", ("misratah-hospital",)),
            ("inondation Derna", ("derna-floods",)),
            ("peine de mort Sabha", ("death-penalty-sabha",)),
            ("condamné à mort", ("death-penalty-sabha",)),
            ("torture prison Mitiga", ("mitiga-prison-torture",)),
            ("défenseures des droits humains", ("women-defenders",)),
            ("DEFENSEURES DROITS HUMAINS", ("women-defenders",)),
        ],
    ),
    *_cases(
        "es",
        [
            ("armas pesadas manifestantes", (HEAVY,)),
            ("ametralladoras", (HEAVY,)),
            ("refugiados migrantes Libia", (REFUGEES,)),
            ("interceptadas en el mar", (REFUGEES,)),
            ("extorsion trabajo forzoso", (REFUGEES,)),
            ("centro de detencion Tajura", (TAJOURA,)),
            ("crimen de guerra ataque aereo", (TAJOURA,)),
            ("embargo de armas ONU", (EMBARGO,)),
            ("civiles de Tripoli", (EMBARGO,)),
            ("manifestantes liberados campaña", (FREED,)),
            ("periodistas detenidos Bengasi", ("journalists-benghazi",)),
            ("periodista Bengasi", ("journalists-benghazi",)),
            ("hospital Misrata", ("misratah-hospital",)),
            ("inundaciones Derna", ("derna-floods",)),
            ("pena de muerte Sabha", ("death-penalty-sabha",)),
            ("tortura carcel Mitiga", ("mitiga-prison-torture",)),
            ("defensoras de derechos humanos", ("women-defenders",)),
        ],
    ),
    *_cases(
        "ar",
        [
            ("أسلحة ثقيلة", (HEAVY,)),
            ("اسلحه ثقيله", (HEAVY,)),
            ("المحتجين السلميين", (HEAVY,)),
            ("الذخيرة الحية", (HEAVY,)),
            ("طرابلس", (HEAVY, FREED)),
            ("اللاجئين والمهاجرين", (REFUGEES,)),
            ("الابتزاز والعمل القسري", (REFUGEES,)),
            ("الإفراج عن المحتجين", (FREED,)),
            ("صحفيين محتجزين بنغازي", ("journalists-benghazi",)),
            ("الصحفيين المُحتَجَزين", ("journalists-benghazi",)),
            ("مستشفى مصراتة", ("misratah-hospital",)),
            ("مستشفي مصراته", ("misratah-hospital",)),
            ("فيضانات درنة", ("derna-floods",)),
            ("عقوبة الإعدام سبها", ("death-penalty-sabha",)),
            ("التعذيب في سجن معيتيقة", ("mitiga-prison-torture",)),
            ("المدافعات عن حقوق الإنسان", ("women-defenders",)),
        ],
    ),
]


def build() -> dict[tuple[str, str], int]:
    """The demo newsroom (loaded if missing) plus the generated items in every locale; page ids
    by (locale, key), a key being a demo slug or a corpus.TARGETS key."""
    call_command("load_demo_newsroom", stdout=StringIO())
    codes = sorted({case.code for case in CASES})
    for code in codes:
        index = NewsroomIndexPage.objects.get(locale__language_code=code, alias_of__isnull=True)
        for number, (key, texts) in enumerate(corpus.TARGETS.items()):
            title, summary, paragraph = texts[code]
            add_item(index, key, title, summary, paragraph, datetime.date(2024, 1, 1 + number))
        for number, (title, summary, paragraph, day) in enumerate(corpus.filler(code)):
            add_item(index, f"filler-{number}", title, summary, paragraph, day)
    items = NewsItemPage.objects.filter(locale__language_code__in=codes, alias_of__isnull=True)
    return {
        (code, slug): pk
        for code, slug, pk in items.values_list("locale__language_code", "slug", "pk")
    }


def add_item(index, slug: str, title: str, summary: str, paragraph: str, day) -> None:
    if NewsItemPage.objects.filter(locale=index.locale, slug=slug).exists():
        return
    page = PressReleasePage(
        title=title,
        slug=slug,
        locale=index.locale,
        publication_date=day,
        summary=summary,
        body=[("paragraph", RichText(f"<p>{paragraph}</p>"))],
    )
    index.add_child(instance=page)
