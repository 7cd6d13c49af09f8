"""The few sentences of an embargo email, in each newsroom language. Kept as data rather than
gettext catalogues: the project compiles no message files, and these must read the same in
every deployment."""

PHRASES = {
    "en": {
        "embargoed_until": "Embargoed until",
        "greeting": "Dear",
        "intro": "Ahead of its release, here is our forthcoming publication:",
        "read": "Read it now through your personal link:",
        "personal": "This link is for you alone; do not forward it. It is recorded when opened.",
    },
    "fr": {
        "embargoed_until": "Sous embargo jusqu'au",
        "greeting": "Bonjour",
        "intro": "Avant sa diffusion, voici notre prochaine publication :",
        "read": "Lisez-la dès maintenant grâce à votre lien personnel :",
        "personal": "Ce lien vous est personnel ; ne le transférez pas. Chaque ouverture est enregistrée.",
    },
    "es": {
        "embargoed_until": "Bajo embargo hasta el",
        "greeting": "Estimado/a",
        "intro": "Antes de su publicación, le enviamos nuestro próximo documento:",
        "read": "Léalo ahora con su enlace personal:",
        "personal": "Este enlace es solo para usted; no lo reenvíe. Cada apertura queda registrada.",
    },
    "ar": {
        "embargoed_until": "محظور النشر حتى",
        "greeting": "عزيزي/عزيزتي",
        "intro": "قبل النشر، إليكم إصدارنا القادم:",
        "read": "اقرأوه الآن عبر رابطكم الشخصي:",
        "personal": "هذا الرابط لكم وحدكم؛ يرجى عدم إعادة توجيهه. يُسجَّل كل فتح له.",
    },
}


def phrase(key: str, language: str) -> str:
    return PHRASES.get(language, PHRASES["en"]).get(key, PHRASES["en"][key])
