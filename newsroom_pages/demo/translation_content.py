"""French and Arabic demo translations: our own short wording, marked as demo translations.

Keyed like the English demo content (content.py) so each translated text sits beside the
English text it translates when the two are zipped together.
"""

from dataclasses import dataclass, field

LOCALES = ("fr", "ar")

DEMO_NOTE = {"fr": " (Traduction de démonstration.)", "ar": " (ترجمة تجريبية.)"}

TOPICS = {
    "fr": {
        "accountability": "Obligation de rendre des comptes",
        "arms-control": "Contrôle des armes",
        "refugees-and-migrants": "Réfugiés et migrants",
        "surveillance": "Surveillance",
        "freedom-of-assembly": "Liberté de réunion",
        "right-to-health": "Droit à la santé",
        "armed-conflict": "Conflits armés",
    },
    "ar": {
        "accountability": "المساءلة",
        "arms-control": "الحد من الأسلحة",
        "refugees-and-migrants": "اللاجئون والمهاجرون",
        "surveillance": "المراقبة",
        "freedom-of-assembly": "حرية التجمع",
        "right-to-health": "الحق في الصحة",
        "armed-conflict": "النزاعات المسلحة",
    },
}

COUNTRIES = {
    "fr": {
        "LY": "Libye",
        "AE": "Émirats arabes unis",
        "US": "États-Unis",
        "YE": "Yémen",
        "EG": "Égypte",
        "FR": "France",
    },
    "ar": {
        "LY": "ليبيا",
        "AE": "الإمارات العربية المتحدة",
        "US": "الولايات المتحدة",
        "YE": "اليمن",
        "EG": "مصر",
        "FR": "فرنسا",
    },
}

PRESS_CONTACT = {
    "fr": {
        "name": "Service de presse",
        "role": "Relations avec les médias (contact de démonstration)",
    },
    "ar": {"name": "المكتب الصحفي", "role": "العلاقات الإعلامية (جهة اتصال تجريبية)"},
}

NEWSROOM = {
    "fr": {
        "Newsroom": "Salle de presse",
        "Breaking news, reports, campaign updates and victories. Members of the press can "
        "reach the press office at any time.": "Actualités, rapports, campagnes et victoires. "
        "Les journalistes peuvent joindre le service de presse à tout moment.",
    },
    "ar": {
        "Newsroom": "غرفة الأخبار",
        "Breaking news, reports, campaign updates and victories. Members of the press can "
        "reach the press office at any time.": "آخر الأخبار والتقارير وتحديثات الحملات "
        "والانتصارات. يمكن للصحفيين التواصل مع المكتب الصحفي في أي وقت.",
    },
}

BODY_PHRASES = {
    "fr": {
        "What must happen now": "Ce qui doit se passer maintenant",
        "Read the original release": "Lire le communiqué d'origine",
        "Background": "Contexte",
    },
    "ar": {
        "What must happen now": "ما يجب أن يحدث الآن",
        "Read the original release": "اقرأ البيان الأصلي",
        "Background": "خلفية",
    },
}


@dataclass(frozen=True)
class ItemTranslation:
    title: str
    summary: str
    paragraphs: tuple[str, ...]
    key_fact: tuple[str, str, str] | None = None
    extra: dict = field(default_factory=dict)


ITEMS: dict[str, dict[str, ItemTranslation]] = {
    "heavy-weaponry-tripoli-protesters": {
        "fr": ItemTranslation(
            title=(
                "Des armes lourdes utilisées en Libye pour disperser des manifestants "
                "pacifiques qui réclamaient leurs droits économiques"
            ),
            summary=(
                "Des hommes armés ont tiré à balles réelles sur une manifestation à Tripoli "
                "et enlevé des manifestants. Les personnes détenues doivent être libérées et "
                "l'attaque doit faire l'objet d'une enquête."
            ),
            paragraphs=(
                "Des témoins et des vidéos montrent des tirs, y compris de mitrailleuses "
                "lourdes, visant des personnes qui protestaient contre leurs conditions de vie.",
                "Toute personne détenue pour avoir manifesté pacifiquement doit être libérée "
                "immédiatement.",
            ),
            key_fact=("6", "Manifestants enlevés, au moins", "Témoignages oculaires"),
        ),
        "ar": ItemTranslation(
            title="استخدام أسلحة ثقيلة في ليبيا لتفريق محتجين سلميين يطالبون بحقوقهم الاقتصادية",
            summary=(
                "أطلق مسلحون الذخيرة الحية على احتجاج في طرابلس واختطفوا متظاهرين. "
                "يجب الإفراج عن المحتجزين والتحقيق في الهجوم."
            ),
            paragraphs=(
                "يُظهر شهود ومقاطع فيديو إطلاق نار، بما في ذلك من رشاشات ثقيلة، استهدف "
                "أشخاصاً يحتجون على الظروف المعيشية.",
                "يجب الإفراج فوراً عن كل من احتُجز بسبب الاحتجاج السلمي.",
            ),
            key_fact=("6", "محتجين مختطفين على الأقل", "شهادات شهود عيان"),
        ),
    },
    "refugees-migrants-libya-cycle-of-abuses": {
        "fr": ItemTranslation(
            title=(
                "De nouveaux éléments montrent que les réfugiés et les migrants en Libye sont "
                "pris dans un terrible cycle de violations"
            ),
            summary=(
                "Nos recherches montrent comment les personnes interceptées en mer sont "
                "renvoyées en Libye, vers les violences qu'elles avaient fuies, tandis que "
                "l'Europe renforce sa coopération migratoire."
            ),
            paragraphs=(
                "Les personnes qui arrivent en Libye en quête de sécurité sont exposées à la "
                "détention, à l'extorsion et à la violence, et celles qui tentent de traverser "
                "la mer sont souvent renvoyées.",
                "Les gouvernements européens doivent cesser de soutenir les interceptions qui "
                "renvoient des personnes vers le danger et ouvrir des voies sûres et légales.",
            ),
            extra={
                "key_findings": (
                    "Les personnes interceptées en mer sont renvoyées en détention en Libye.",
                    "Les personnes détenues décrivent extorsion, travail forcé et violences.",
                    "La coopération en matière de contrôle migratoire se poursuit sans "
                    "garanties pour les droits humains.",
                )
            },
        ),
        "ar": ItemTranslation(
            title="أدلة جديدة تُظهر أن اللاجئين والمهاجرين في ليبيا عالقون في دوامة مروعة من الانتهاكات",
            summary=(
                "توثّق أبحاثنا كيف يُعاد الأشخاص الذين يُعترضون في البحر إلى ليبيا وإلى "
                "الانتهاكات نفسها التي فرّوا منها، بينما تعمّق أوروبا تعاونها في مجال الهجرة."
            ),
            paragraphs=(
                "يواجه من يصلون إلى ليبيا بحثاً عن الأمان الاحتجاز والابتزاز والعنف، وكثيراً "
                "ما يُعاد من يحاولون عبور البحر.",
                "يجب على الحكومات الأوروبية التوقف عن دعم عمليات الاعتراض التي تعيد الناس "
                "إلى الخطر، وفتح طرق آمنة وقانونية بدلاً من ذلك.",
            ),
            extra={
                "key_findings": (
                    "يُعاد الأشخاص الذين يُعترضون في البحر إلى الاحتجاز في ليبيا.",
                    "يصف المحتجزون الابتزاز والعمل القسري والعنف.",
                    "يستمر التعاون في مراقبة الهجرة دون ضمانات لحقوق الإنسان.",
                )
            },
        ),
    },
    "demo-tripoli-protesters-freed": {
        "fr": ItemTranslation(
            title="[Démo] Les manifestants détenus à Tripoli libérés après une campagne publique",
            summary=(
                "Contenu de démonstration, pas un événement réel : montre à quoi ressemble une "
                "victoire de campagne dans la salle de presse. Des lettres et des appels de "
                "sympathisants ont précédé la libération."
            ),
            paragraphs=(
                "Cette victoire de campagne est un contenu de démonstration inventé, afin que "
                "chaque type de page ait un exemple.",
                "Elle fait suite au communiqué sur les manifestations d'août et renvoie vers "
                "celui-ci.",
            ),
            extra={
                "campaign": "Libérez les manifestants de Tripoli (démo)",
                "outcome": "Les manifestants fictifs ont été libérés et les poursuites abandonnées.",
            },
        ),
        "ar": ItemTranslation(
            title="[تجريبي] الإفراج عن محتجي طرابلس المحتجزين بعد حملة عامة",
            summary=(
                "محتوى تجريبي وليس حدثاً حقيقياً: يوضح كيف يبدو انتصار حملة في غرفة الأخبار. "
                "سبقت الإفراجَ رسائلُ ومناشداتُ المؤيدين."
            ),
            paragraphs=(
                "انتصار الحملة هذا محتوى تجريبي مُختلق كي يكون لكل نوع من الصفحات مثال.",
                "يأتي بعد البيان الصحفي بشأن احتجاجات أغسطس ويحيل إليه.",
            ),
            extra={
                "campaign": "أطلقوا سراح محتجي طرابلس (تجريبي)",
                "outcome": "أُفرج عن المحتجين في هذا المثال التجريبي وأُسقطت التهم.",
            },
        ),
    },
}
