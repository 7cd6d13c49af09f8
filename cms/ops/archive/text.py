"""Newsroom prose in four languages for a generated archive: titles, summaries and paragraphs
of about the length and vocabulary of a human-rights press release.

Our own wording, composed from sentence templates with a country, a city and a person's name
filled in. Names come from a large synthetic pool (syllables), so each is a rare word that a
search finds in a handful of items, while words such as "authorities" are in most of them.
"""

import random

COUNTRIES = {
    "en": ["Libya", "Egypt", "Yemen", "Sudan", "Syria", "Iraq", "Tunisia", "Lebanon"],
    "fr": ["Libye", "Égypte", "Yémen", "Soudan", "Syrie", "Irak", "Tunisie", "Liban"],
    "ar": ["ليبيا", "مصر", "اليمن", "السودان", "سوريا", "العراق", "تونس", "لبنان"],
    "es": ["Libia", "Egipto", "Yemen", "Sudán", "Siria", "Irak", "Túnez", "Líbano"],
}
CITIES = ["Tripoli", "Benghazi", "Misratah", "Aden", "Sanaa", "Khartoum", "Aleppo", "Basra"]
CITIES_AR = ["طرابلس", "بنغازي", "مصراتة", "عدن", "صنعاء", "الخرطوم", "حلب", "البصرة"]

TITLES = {
    "en": [
        "{country}: authorities must release {name} and everyone detained for protesting",
        "{country}: investigate the killing of protesters in {city}",
        "{country}: end the arbitrary detention of journalists in {city}",
        "{country}: families of the disappeared demand the truth about {name}",
        "{country}: victory as {name} is freed after years in detention",
    ],
    "fr": [
        "{country} : les autorités doivent libérer {name} et toutes les personnes détenues",
        "{country} : enquêter sur la mort de manifestants à {city}",
        "{country} : mettre fin à la détention arbitraire de journalistes à {city}",
        "{country} : les familles de disparus exigent la vérité sur {name}",
    ],
    "ar": [
        "{country}: على السلطات الإفراج عن {name} وجميع المحتجزين بسبب الاحتجاج",
        "{country}: يجب التحقيق في قتل المحتجين في {city}",
        "{country}: يجب إنهاء الاحتجاز التعسفي للصحفيين في {city}",
        "{country}: عائلات المختفين تطالب بالحقيقة بشأن {name}",
    ],
    "es": [
        "{country}: las autoridades deben liberar a {name} y a todas las personas detenidas",
        "{country}: investigar la muerte de manifestantes en {city}",
        "{country}: poner fin a la detención arbitraria de periodistas en {city}",
        "{country}: las familias de desaparecidos exigen la verdad sobre {name}",
    ],
}

SENTENCES = {
    "en": [
        "The authorities in {country} must release {name} immediately and unconditionally.",
        "Witnesses in {city} described arbitrary arrests carried out at night by armed men.",
        "Families were not told where their relatives were taken or what they were accused of.",
        "Detainees were held incommunicado for weeks, without access to a lawyer or a doctor.",
        "The government has so far refused to open an independent investigation.",
        "Those suspected of responsibility must be brought to justice in fair trials.",
        "International partners must make any security assistance conditional on accountability.",
        "Our researchers interviewed 42 people, including former detainees and their relatives.",
        "Satellite images reviewed by our team show new structures inside the detention site.",
        "Peaceful protest is a right, and nobody should be punished for exercising it.",
        "The authorities must allow independent monitors to visit every place of detention.",
        "Lawyers representing {name} say the charges are based on social media posts alone.",
        "Medical workers in {city} reported treating protesters for injuries from live fire.",
        "The United Nations Human Rights Council should renew the mandate of its investigators.",
        "Survivors told us they were beaten during interrogation and forced to sign statements.",
        "Authorities must disclose the fate and whereabouts of everyone who has disappeared.",
    ],
    "fr": [
        "Les autorités de {country} doivent libérer {name} immédiatement et sans condition.",
        "Des témoins à {city} ont décrit des arrestations arbitraires menées la nuit.",
        "Les familles n'ont pas été informées du lieu de détention de leurs proches.",
        "Les personnes détenues ont été privées d'avocat et de médecin pendant des semaines.",
        "Le gouvernement refuse toujours d'ouvrir une enquête indépendante.",
        "Les responsables présumés doivent être traduits en justice dans le cadre de procès équitables.",
        "Nos chercheurs ont interrogé 42 personnes, dont d'anciens détenus et leurs proches.",
        "Manifester pacifiquement est un droit et personne ne doit être puni pour l'avoir exercé.",
        "Les autorités doivent permettre à des observateurs indépendants de visiter les lieux de détention.",
        "Les avocats de {name} affirment que les accusations reposent sur de simples publications.",
        "Des soignants à {city} ont soigné des manifestants blessés par balles réelles.",
        "Les autorités doivent révéler le sort de toutes les personnes disparues.",
    ],
    "ar": [
        "يجب على السلطات في {country} الإفراج عن {name} فورًا ودون قيد أو شرط.",
        "وصف شهود في {city} اعتقالات تعسفية نفذها مسلحون ليلًا.",
        "لم تُبلَّغ العائلات بمكان احتجاز أقاربها ولا بالتهم الموجهة إليهم.",
        "احتُجز المعتقلون بمعزل عن العالم الخارجي لأسابيع دون محامٍ أو طبيب.",
        "رفضت الحكومة حتى الآن فتح تحقيق مستقل.",
        "يجب تقديم المشتبه في مسؤوليتهم إلى العدالة في محاكمات عادلة.",
        "قابل باحثونا 42 شخصًا، بينهم معتقلون سابقون وأقاربهم.",
        "الاحتجاج السلمي حق، ولا ينبغي معاقبة أحد على ممارسته.",
        "يجب على السلطات السماح لمراقبين مستقلين بزيارة جميع أماكن الاحتجاز.",
        "يقول محامو {name} إن التهم تستند إلى منشورات على وسائل التواصل الاجتماعي فقط.",
        "أفاد عاملون طبيون في {city} بعلاج محتجين من إصابات بالرصاص الحي.",
        "يجب على السلطات الكشف عن مصير جميع المختفين وأماكن وجودهم.",
    ],
    "es": [
        "Las autoridades de {country} deben liberar a {name} de inmediato y sin condiciones.",
        "Testigos en {city} describieron detenciones arbitrarias realizadas de noche.",
        "No se informó a las familias del lugar al que fueron llevados sus familiares.",
        "Las personas detenidas estuvieron incomunicadas durante semanas, sin abogado ni médico.",
        "El gobierno se ha negado hasta ahora a abrir una investigación independiente.",
        "Los presuntos responsables deben comparecer ante la justicia en juicios justos.",
        "Nuestro equipo entrevistó a 42 personas, entre ellas antiguos detenidos y sus familiares.",
        "La protesta pacífica es un derecho y nadie debe ser castigado por ejercerlo.",
        "Las autoridades deben permitir que observadores independientes visiten los centros de detención.",
        "Los abogados de {name} afirman que los cargos se basan solo en publicaciones en redes sociales.",
        "Personal médico en {city} atendió a manifestantes heridos con munición real.",
        "Las autoridades deben revelar la suerte y el paradero de todas las personas desaparecidas.",
    ],
}

HEADINGS = {
    "en": ["What happened", "Background", "What must happen now"],
    "fr": ["Ce qui s'est passé", "Contexte", "Ce qui doit se passer maintenant"],
    "ar": ["ما الذي حدث", "خلفية", "ما الذي يجب أن يحدث الآن"],
    "es": ["Qué ocurrió", "Antecedentes", "Qué debe ocurrir ahora"],
}
QUOTES = {
    "en": ("Nobody should be punished for speaking out.", "Regional director"),
    "fr": ("Personne ne devrait être puni pour avoir pris la parole.", "Directrice régionale"),
    "ar": ("لا ينبغي معاقبة أحد على التعبير عن رأيه.", "المديرة الإقليمية"),
    "es": ("Nadie debería ser castigado por alzar la voz.", "Directora regional"),
}
KEY_FACTS = {
    "en": "people detained",
    "fr": "personnes détenues",
    "ar": "شخصًا محتجزًا",
    "es": "personas detenidas",
}

SYLLABLES = ("ka", "ri", "mo", "sa", "na", "li", "ha", "du", "be", "zi", "ta", "ou", "fa", "ye")
NAME_POOL = 5000


def person(rng: random.Random) -> str:
    """A name from a pool of NAME_POOL, the same name for the same draw in every language."""
    number = rng.randrange(NAME_POOL)
    parts = []
    for _ in range(3):
        number, syllable = divmod(number, len(SYLLABLES))
        parts.append(SYLLABLES[syllable])
    return "".join(parts).capitalize() + ("va" if number % 2 else "di")


class Story:
    """One item's subject (country, city, person), told in any of the four languages."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.country = rng.randrange(len(COUNTRIES["en"]))
        self.city = rng.randrange(len(CITIES))
        self.name = person(rng)
        self.title_template = rng.randrange(100)

    def _slots(self, code: str) -> dict[str, str]:
        cities = CITIES_AR if code == "ar" else CITIES
        return {
            "country": COUNTRIES[code][self.country],
            "city": cities[self.city],
            "name": self.name,
        }

    def title(self, code: str) -> str:
        templates = TITLES[code]
        return templates[self.title_template % len(templates)].format(**self._slots(code))

    def sentences(self, code: str, count: int) -> str:
        pool, slots = SENTENCES[code], self._slots(code)
        return " ".join(self.rng.choice(pool).format(**slots) for _ in range(count))

    def summary(self, code: str) -> str:
        return self.sentences(code, 2)[:400]
