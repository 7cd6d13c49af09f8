"""PostgreSQL text-search configuration per locale: the language's snowball stemmer behind
`unaccent`, so accents never decide a match (created by migration 0001)."""

CONFIGS = {
    "newsroom_en": ("english", "english_stem"),
    "newsroom_fr": ("french", "french_stem"),
    "newsroom_es": ("spanish", "spanish_stem"),
    "newsroom_ar": ("arabic", "arabic_stem"),
    "newsroom_simple": ("simple", "simple"),
}
BY_LOCALE = {"en": "newsroom_en", "fr": "newsroom_fr", "es": "newsroom_es", "ar": "newsroom_ar"}


def config_for(code: str) -> str:
    return BY_LOCALE.get(code, "newsroom_simple")
