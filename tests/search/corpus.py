"""Generated items for the relevance set: six subjects written in each language (the items
the queries look for beside the demo) and filler items on neighbouring subjects that share
much of their vocabulary, so a ranking has something to get wrong."""

import datetime
import itertools

# key -> locale -> (title, summary, paragraph)
TARGETS: dict[str, dict[str, tuple[str, str, str]]] = {
    "journalists-benghazi": {
        "en": (
            "Journalists detained in Benghazi must be released immediately",
            "Three journalists were arrested in Benghazi after reporting on the reconstruction. "
            "They are held without charge.",
            "Their families have not been allowed to visit them. Reporting is not a crime.",
        ),
        "fr": (
            "Les journalistes détenus à Benghazi doivent être libérés immédiatement",
            "Trois journalistes ont été arrêtés à Benghazi après des reportages sur la "
            "reconstruction. Ils sont détenus sans inculpation.",
            "Leurs familles n'ont pas pu leur rendre visite. Informer n'est pas un crime.",
        ),
        "es": (
            "Los periodistas detenidos en Bengasi deben ser liberados de inmediato",
            "Tres periodistas fueron arrestados en Bengasi tras informar sobre la "
            "reconstrucción. Siguen detenidos sin cargos.",
            "Sus familias no han podido visitarlos. Informar no es un delito.",
        ),
        "ar": (
            "يجب الإفراج فوراً عن الصحفيين المحتجزين في بنغازي",
            "اعتُقل ثلاثة صحفيين في بنغازي بعد تغطيتهم لإعادة الإعمار، وما زالوا محتجزين دون تهمة.",
            "لم يُسمح لعائلاتهم بزيارتهم. الصحافة ليست جريمة.",
        ),
    },
    "misratah-hospital": {
        "en": (
            "Shelling of Misratah hospital kills patients and medical staff",
            "Artillery fire hit the main hospital in Misratah, killing patients and two nurses. "
            "Attacks on medical facilities are war crimes.",
            "The hospital had given its location to every party to the conflict.",
        ),
        "fr": (
            "Le bombardement d'un hôpital de Misratah tue des patients et du personnel médical",
            "Des tirs d'artillerie ont frappé le principal hôpital de Misratah, tuant des patients "
            "et deux infirmières. Les attaques contre des établissements médicaux sont des "
            "crimes de guerre.",
            "L'hôpital avait communiqué sa position à toutes les parties au conflit.",
        ),
        "es": (
            "El bombardeo de un hospital de Misratah mata a pacientes y personal sanitario",
            "Disparos de artillería alcanzaron el principal hospital de Misratah y mataron a "
            "pacientes y a dos enfermeras. Los ataques contra centros médicos son crímenes de "
            "guerra.",
            "El hospital había comunicado su ubicación a todas las partes en el conflicto.",
        ),
        "ar": (
            "قصف مستشفى في مصراتة يقتل مرضى وعاملين في المجال الطبي",
            "أصابت نيران المدفعية المستشفى الرئيسي في مصراتة، ما أسفر عن مقتل مرضى وممرضتين. "
            "الهجمات على المرافق الطبية جرائم حرب.",
            "كان المستشفى قد أبلغ جميع أطراف النزاع بموقعه.",
        ),
    },
    "derna-floods": {
        "en": (
            "Derna flood survivors are still waiting for justice",
            "A year after the dams collapsed, the families of thousands of people killed in the "
            "floods in Derna have no answers.",
            "Warnings about the state of the dams were ignored for years.",
        ),
        "fr": (
            "Les survivants des inondations de Derna attendent toujours justice",
            "Un an après la rupture des barrages, les familles des milliers de personnes tuées "
            "dans les inondations de Derna n'ont aucune réponse.",
            "Les alertes sur l'état des barrages ont été ignorées pendant des années.",
        ),
        "es": (
            "Los supervivientes de las inundaciones de Derna siguen esperando justicia",
            "Un año después del colapso de las presas, las familias de miles de personas muertas "
            "en las inundaciones de Derna no tienen respuestas.",
            "Las advertencias sobre el estado de las presas se ignoraron durante años.",
        ),
        "ar": (
            "الناجون من فيضانات درنة ما زالوا ينتظرون العدالة",
            "بعد عام على انهيار السدين، لا تزال عائلات آلاف الأشخاص الذين قُتلوا في فيضانات درنة "
            "بلا إجابات.",
            "جرى تجاهل التحذيرات بشأن حالة السدين لسنوات.",
        ),
    },
    "death-penalty-sabha": {
        "en": (
            "Court in Sabha hands down death sentences after unfair trial",
            "Five men were sentenced to death in Sabha after a trial that relied on confessions "
            "extracted under torture.",
            "The death penalty is the ultimate cruel punishment.",
        ),
        "fr": (
            "Un tribunal de Sabha prononce des condamnations à mort après un procès inéquitable",
            "Cinq hommes ont été condamnés à mort à Sabha à l'issue d'un procès fondé sur des "
            "aveux obtenus sous la torture.",
            "La peine de mort est le châtiment cruel par excellence.",
        ),
        "es": (
            "Un tribunal de Sabha dicta condenas a muerte tras un juicio injusto",
            "Cinco hombres fueron condenados a muerte en Sabha tras un juicio basado en "
            "confesiones obtenidas bajo tortura.",
            "La pena de muerte es el castigo más cruel.",
        ),
        "ar": (
            "محكمة في سبها تصدر أحكاماً بالإعدام بعد محاكمة جائرة",
            "حُكم على خمسة رجال بالإعدام في سبها بعد محاكمة اعتمدت على اعترافات انتُزعت تحت التعذيب.",
            "عقوبة الإعدام هي العقوبة القاسية القصوى.",
        ),
    },
    "mitiga-prison-torture": {
        "en": (
            "Torture in Mitiga prison: detainees describe beatings and electric shocks",
            "Former detainees of Mitiga prison in Tripoli describe beatings, electric shocks and "
            "months in solitary confinement.",
            "The prison must be opened to independent monitors.",
        ),
        "fr": (
            "Torture dans la prison de Mitiga : des détenus décrivent coups et décharges "
            "électriques",
            "D'anciens détenus de la prison de Mitiga, à Tripoli, décrivent des coups, des "
            "décharges électriques et des mois d'isolement.",
            "La prison doit être ouverte à des observateurs indépendants.",
        ),
        "es": (
            "Tortura en la cárcel de Mitiga: personas detenidas describen palizas y descargas "
            "eléctricas",
            "Antiguos detenidos de la cárcel de Mitiga, en Trípoli, describen palizas, descargas "
            "eléctricas y meses de aislamiento.",
            "La cárcel debe abrirse a observadores independientes.",
        ),
        "ar": (
            "التعذيب في سجن معيتيقة: محتجزون يصفون الضرب والصعق الكهربائي",
            "يصف محتجزون سابقون في سجن معيتيقة في طرابلس الضرب والصعق الكهربائي وأشهراً من الحبس "
            "الانفرادي.",
            "يجب فتح السجن أمام مراقبين مستقلين.",
        ),
    },
    "women-defenders": {
        "en": (
            "Women human rights defenders face threats and smear campaigns online",
            "Women who defend human rights in Libya are targeted with threats, smear campaigns "
            "and leaks of their personal data.",
            "Platforms and the authorities must protect them.",
        ),
        "fr": (
            "Les défenseures des droits humains menacées et diffamées en ligne",
            "Les femmes qui défendent les droits humains en Libye sont visées par des menaces, "
            "des campagnes de dénigrement et la divulgation de leurs données personnelles.",
            "Les plateformes et les autorités doivent les protéger.",
        ),
        "es": (
            "Las defensoras de derechos humanos sufren amenazas y campañas de difamación en "
            "internet",
            "Las mujeres que defienden los derechos humanos en Libia son blanco de amenazas, "
            "campañas de difamación y filtraciones de sus datos personales.",
            "Las plataformas y las autoridades deben protegerlas.",
        ),
        "ar": (
            "المدافعات عن حقوق الإنسان يواجهن التهديد وحملات التشهير عبر الإنترنت",
            "تتعرض النساء اللواتي يدافعن عن حقوق الإنسان في ليبيا للتهديدات وحملات التشهير "
            "وتسريب بياناتهن الشخصية.",
            "يجب على المنصات والسلطات حمايتهن.",
        ),
    },
    "civil-society": {
        "en": (
            "Civil society organisations criminalised in a new crackdown",
            "Authorities in Tripoli have criminalised the work of civil society organisations "
            "and put their defence lawyers under surveillance.",
            "The behaviour of the security agencies must be investigated independently, and "
            "licences withdrawn without cause must be restored.",
        ),
        "fr": (
            "Les organisations de la société civile criminalisées par une nouvelle répression",
            "Les autorités de Tripoli ont criminalisé le travail des organisations de la "
            "société civile et placé leurs avocats sous surveillance.",
            "Le comportement des services de sécurité doit faire l'objet d'une enquête "
            "indépendante et les agréments retirés sans motif doivent être rétablis.",
        ),
        "es": (
            "Las organizaciones de la sociedad civil, criminalizadas en una nueva ofensiva",
            "Las autoridades de Trípoli han criminalizado el trabajo de las organizaciones de "
            "la sociedad civil y vigilan a sus abogados defensores.",
            "La conducta de los servicios de seguridad debe investigarse de forma independiente "
            "y deben restituirse las licencias retiradas sin motivo.",
        ),
        "ar": (
            "تجريم منظمات المجتمع المدني في حملة قمع جديدة",
            "جرّمت السلطات في طرابلس عمل منظمات المجتمع المدني ووضعت محاميها تحت المراقبة.",
            "يجب التحقيق بشكل مستقل في سلوك الأجهزة الأمنية وإعادة التراخيص التي سُحبت دون سبب.",
        ),
    },
}

# locale -> (subjects, places, summary template, paragraph)
FILLER = {
    "en": (
        ("Prison conditions", "Press freedom", "Refugee protection", "Arms transfers",
         "Elections", "Housing rights", "Human rights defenders", "Detention of migrants"),
        ("Tunisia", "Sudan", "Chad", "Niger", "Algeria", "Egypt", "Malta", "Italy"),
        "Our researchers documented {subject} in {place} this year and call on the authorities "
        "to act on their findings.",
        "The organisation will publish a full report and its recommendations to the government.",
    ),
    "fr": (
        ("Conditions de détention", "Liberté de la presse", "Protection des réfugiés",
         "Transferts d'armes", "Élections", "Droit au logement", "Défenseurs des droits",
         "Détention des migrants"),
        ("Tunisie", "Soudan", "Tchad", "Niger", "Algérie", "Égypte", "Malte", "Italie"),
        "Nos chercheurs ont documenté {subject} en {place} cette année et appellent les "
        "autorités à agir.",
        "L'organisation publiera un rapport complet et ses recommandations au gouvernement.",
    ),
    "es": (
        ("Condiciones de reclusión", "Libertad de prensa", "Protección de refugiados",
         "Transferencias de armas", "Elecciones", "Derecho a la vivienda",
         "Defensores de derechos", "Detención de migrantes"),
        ("Túnez", "Sudán", "Chad", "Níger", "Argelia", "Egipto", "Malta", "Italia"),
        "Nuestros investigadores documentaron {subject} en {place} este año y piden a las "
        "autoridades que actúen.",
        "La organización publicará un informe completo y sus recomendaciones al gobierno.",
    ),
    "ar": (
        ("ظروف الاحتجاز", "حرية الصحافة", "حماية اللاجئين", "عمليات نقل الأسلحة", "الانتخابات",
         "الحق في السكن", "المدافعون عن حقوق الإنسان", "احتجاز المهاجرين"),
        ("تونس", "السودان", "تشاد", "النيجر", "الجزائر", "مصر", "مالطا", "إيطاليا"),
        "وثّق باحثونا {subject} في {place} هذا العام ويدعون السلطات إلى التحرك.",
        "ستنشر المنظمة تقريراً كاملاً وتوصياتها إلى الحكومة.",
    ),
}  # fmt: skip


def filler(code: str) -> list[tuple[str, str, str, datetime.date]]:
    """(title, summary, paragraph, date) for every subject in every place, in language `code`."""
    subjects, places, summary, paragraph = FILLER[code]
    day = datetime.date(2023, 1, 1)
    return [
        (
            f"{subject}: {place}",
            summary.format(subject=subject.lower(), place=place),
            paragraph,
            day + datetime.timedelta(days=number),
        )
        for number, (subject, place) in enumerate(itertools.product(subjects, places))
    ]
