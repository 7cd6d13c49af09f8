"""The relevance set: queries as readers type them (inflected, without accents or hamza, with
diacritics, misspelt or transliterated names) in each language, each naming the items that
must be in the first ten results, over the demo newsroom plus the generated items in
corpus.py. Used by tests/search/test_relevance.py and `manage.py search_quality`.

The cases after the first set were written before the search that forgives them, as readers
type: a typo in any word of the title, summary or body, British against American spelling,
French and Spanish with accents missing or misplaced, and Arabic plurals (sound and broken),
duals and feminine forms of the words the text uses."""

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


AMESYS = "amesys-nexa-executives-indicted"
MILITIA = "militia-extrajudicial-execution-misratah"
CIVIL = "civil-society"


def _cases(
    code: str, rows: list[tuple[str, tuple[str, ...]]], kind: str = "first set"
) -> list[RelevanceCase]:
    return [RelevanceCase(code, text, expected, kind) for text, expected in rows]


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
    *_cases(
        "en",
        [
            ("survelliance companies", (AMESYS,)),
            ("spywear sold to governments", (AMESYS,)),
            ("electric shoks Mitiga", ("mitiga-prison-torture",)),
            ("solitary confinment", ("mitiga-prison-torture",)),
            ("confessions extracted under tortre", ("death-penalty-sabha",)),
            ("dams colapsed Derna", ("derna-floods",)),
            ("artilery fire hospital", ("misratah-hospital",)),
            ("persnal data leaks", ("women-defenders",)),
            ("indepedent investigation militia", (MILITIA,)),
            ("reconstrution journalists", ("journalists-benghazi",)),
        ],
        "typo",
    ),
    *_cases(
        "en",
        [
            ("forced labor extortion", (REFUGEES,)),
            ("civil society organizations criminalized", (CIVIL,)),
            ("defense lawyers under surveillance", (CIVIL,)),
            ("behavior of security agencies", (CIVIL,)),
            ("licenses withdrawn", (CIVIL,)),
            ("Senate vote authorising arms sales", ("senate-vote-arms-sales-uae",)),
            ("Tajoura detention centre", (TAJOURA,)),
        ],
        "spelling variant",
    ),
    *_cases(
        "fr",
        [
            ("aveux obtenus sous la tortur", ("death-penalty-sabha",)),
            ("barages Derna", ("derna-floods",)),
            ("survivents des inondations", ("derna-floods",)),
            ("avocats sous survaillance", (CIVIL,)),
            ("journalistes arétés Benghazi", ("journalists-benghazi",)),
        ],
        "typo",
    ),
    *_cases(
        "fr",
        [
            ("infirmieres Misratah", ("misratah-hospital",)),
            ("campagnes de denigrement", ("women-defenders",)),
            ("decharges electriques Mitiga", ("mitiga-prison-torture",)),
            ("societe civile criminalisee", (CIVIL,)),
            ("Dérna inondations", ("derna-floods",)),
            ("proces inequitable Sabha", ("death-penalty-sabha",)),
        ],
        "accents",
    ),
    *_cases(
        "es",
        [
            ("inundasiones Derna", ("derna-floods",)),
            ("confesiones obtenidas bajo tortrua", ("death-penalty-sabha",)),
            ("licencias retiradas sin motibo", (CIVIL,)),
            ("filtrasiones de datos", ("women-defenders",)),
            ("enfermeras artilleria Misratha", ("misratah-hospital",)),
        ],
        "typo",
    ),
    *_cases(
        "es",
        [
            ("descargas electricas Mitiga", ("mitiga-prison-torture",)),
            ("artilleria hospital Misratah", ("misratah-hospital",)),
            ("crimenes de guerra hospital", ("misratah-hospital",)),
            ("periodístas detenidos Bengasi", ("journalists-benghazi",)),
            ("organizaciones de la sociedad civil criminalizadas", (CIVIL,)),
            ("reconstruccion Bengasi", ("journalists-benghazi",)),
        ],
        "accents",
    ),
    *_cases(
        "ar",
        [
            ("احتجاجات طرابلس", (HEAVY,)),
            ("صحفي محتجز بنغازي", ("journalists-benghazi",)),
            ("سجون معيتيقة", ("mitiga-prison-torture",)),
            ("محاكم سبها", ("death-penalty-sabha",)),
            ("ممرضة مصراتة", ("misratah-hospital",)),
            ("مدافعة عن حقوق الإنسان", ("women-defenders",)),
            ("مستشفيات مصراتة", ("misratah-hospital",)),
            ("هجوم على المرافق الطبية", ("misratah-hospital",)),
            ("اعتراف تحت التعذيب", ("death-penalty-sabha",)),
            ("منظمة المجتمع المدني", (CIVIL,)),
            ("ترخيص", (CIVIL,)),
            ("محامين تحت المراقبة", (CIVIL,)),
        ],
        "plural, dual, feminine",
    ),
    *_cases(
        "ar",
        [
            ("فيضنات درنة", ("derna-floods",)),
            ("الصحفين المحتجزين", ("journalists-benghazi",)),
            ("التعذيب في سجن معيتقة", ("mitiga-prison-torture",)),
            ("اعترافات انتزعت تحت التعذيت", ("death-penalty-sabha",)),
        ],
        "typo",
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
