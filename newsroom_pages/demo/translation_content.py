"""French, Arabic and Spanish demo translations: our own short wording, marked as demo translations.

Keyed like the English demo content (content.py) so each translated text sits beside the
English text it translates when the two are zipped together.
"""

from dataclasses import dataclass, field

LOCALES = ("fr", "ar", "es")

DEMO_NOTE = {
    "fr": " (Traduction de démonstration.)",
    "ar": " (ترجمة تجريبية.)",
    "es": " (Traducción de demostración.)",
}

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
    "es": {
        "accountability": "Rendición de cuentas",
        "arms-control": "Control de armas",
        "refugees-and-migrants": "Personas refugiadas y migrantes",
        "surveillance": "Vigilancia",
        "freedom-of-assembly": "Libertad de reunión",
        "right-to-health": "Derecho a la salud",
        "armed-conflict": "Conflictos armados",
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
    "es": {
        "LY": "Libia",
        "AE": "Emiratos Árabes Unidos",
        "US": "Estados Unidos",
        "YE": "Yemen",
        "EG": "Egipto",
        "FR": "Francia",
    },
}

PRESS_CONTACT = {
    "fr": {
        "name": "Service de presse",
        "role": "Relations avec les médias (contact de démonstration)",
    },
    "ar": {"name": "المكتب الصحفي", "role": "العلاقات الإعلامية (جهة اتصال تجريبية)"},
    "es": {
        "name": "Oficina de prensa",
        "role": "Relaciones con los medios (contacto de demostración)",
    },
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
    "es": {
        "Newsroom": "Sala de prensa",
        "Breaking news, reports, campaign updates and victories. Members of the press can "
        "reach the press office at any time.": "Noticias, informes, campañas y victorias. "
        "Los periodistas pueden contactar con la oficina de prensa en cualquier momento.",
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
    "es": {
        "What must happen now": "Lo que debe ocurrir ahora",
        "Read the original release": "Leer el comunicado original",
        "Background": "Contexto",
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

ITEMS["heavy-weaponry-tripoli-protesters"]["es"] = ItemTranslation(
    title=(
        "Armas pesadas utilizadas en Libia para dispersar a manifestantes pacíficos que "
        "reclamaban sus derechos económicos"
    ),
    summary=(
        "Hombres armados dispararon munición real contra una protesta en Trípoli y secuestraron "
        "a manifestantes. Las personas detenidas deben ser liberadas y el ataque investigado."
    ),
    paragraphs=(
        "Testigos y vídeos muestran disparos, incluso de ametralladoras pesadas, contra "
        "personas que protestaban por sus condiciones de vida.",
        "Toda persona detenida por manifestarse pacíficamente debe ser liberada de inmediato.",
    ),
    key_fact=("6", "Manifestantes secuestrados, al menos", "Testimonios de testigos"),
)
ITEMS["refugees-migrants-libya-cycle-of-abuses"]["es"] = ItemTranslation(
    title=(
        "Nuevas pruebas muestran que las personas refugiadas y migrantes en Libia están "
        "atrapadas en un terrible ciclo de abusos"
    ),
    summary=(
        "Nuestra investigación muestra cómo las personas interceptadas en el mar son devueltas "
        "a Libia, a los abusos de los que huyeron, mientras Europa amplía su cooperación "
        "migratoria."
    ),
    paragraphs=(
        "Quienes llegan a Libia en busca de seguridad se enfrentan a la detención, la extorsión "
        "y la violencia, y quienes intentan cruzar el mar suelen ser devueltos.",
        "Los gobiernos europeos deben dejar de apoyar las interceptaciones que devuelven a las "
        "personas al peligro y abrir vías seguras y legales.",
    ),
    extra={
        "key_findings": (
            "Las personas interceptadas en el mar son devueltas a centros de detención en Libia.",
            "Las personas detenidas describen extorsión, trabajo forzoso y violencia.",
            "La cooperación en el control migratorio continúa sin garantías de derechos humanos.",
        )
    },
)
ITEMS["demo-tripoli-protesters-freed"]["es"] = ItemTranslation(
    title="[Demo] Liberados los manifestantes detenidos en Trípoli tras una campaña pública",
    summary=(
        "Contenido de demostración, no un hecho real: muestra cómo se ve una victoria de "
        "campaña en la sala de prensa. Cartas y llamamientos de simpatizantes precedieron a la "
        "liberación."
    ),
    paragraphs=(
        "Esta victoria de campaña es contenido de demostración inventado para que cada tipo de "
        "página tenga un ejemplo.",
        "Sigue al comunicado sobre las protestas de agosto y enlaza con él.",
    ),
    extra={
        "campaign": "Liberad a los manifestantes de Trípoli (demo)",
        "outcome": "Los manifestantes ficticios fueron liberados y se retiraron los cargos.",
    },
)
ITEMS["tajoura-detention-center-attack"] = {
    "es": ItemTranslation(
        title=(
            "El atroz ataque contra el centro de detención de migrantes en Libia debe "
            "investigarse como crimen de guerra"
        ),
        summary=(
            "Un ataque aéreo contra el centro de detención de Tajura mató a decenas de personas "
            "refugiadas y migrantes encerradas en su interior. Debe investigarse como crimen de "
            "guerra."
        ),
        paragraphs=(
            "Todas las partes en conflicto conocían la ubicación del centro, y las personas "
            "recluidas allí no podían escapar.",
            "La Corte Penal Internacional debe investigar, y Libia debe poner fin a la detención "
            "de personas refugiadas y migrantes.",
        ),
        key_fact=(
            "40",
            "Personas refugiadas y migrantes muertas, al menos",
            "Informado el 3 de julio de 2019",
        ),
    )
}
ITEMS["arms-embargo-violations-tripoli"] = {
    "es": ItemTranslation(
        title=(
            "Las violaciones del embargo de armas de la ONU ponen en grave peligro a los 1,2 "
            "millones de civiles de Trípoli"
        ),
        summary=(
            "Armas importadas en violación del embargo de armas de la ONU se están usando en la "
            "batalla por Trípoli y ponen en riesgo a la población civil de la ciudad."
        ),
        paragraphs=(
            "Tres meses de combates han expulsado de sus hogares a decenas de miles de personas "
            "y cortan la electricidad durante horas cada día.",
            "Los Estados que suministran armas en violación del embargo deben detenerse, y el "
            "Consejo de Seguridad debe hacerlo cumplir.",
        ),
        key_fact=("1,2 millones", "Civiles que viven en Trípoli", "Estimación de la ONU"),
    )
}
