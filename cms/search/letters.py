"""Letters that differ only in how they were typed: case, accents, ligatures, tashkeel, the
hamza carried by alef, waw or yeh, taa marbuta and alef maksura, tatweel."""

import unicodedata

LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ı": "i"})
ARABIC_LETTERS = str.maketrans({"ة": "ه", "ى": "ي", "ٱ": "ا", "\u0640": ""})


def fold(text: str) -> str:
    """Lower case without combining marks: accents, tashkeel and the hamza carried by alef,
    waw or yeh (أ إ آ → ا) go in one decomposition."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(LIGATURES))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", stripped).translate(ARABIC_LETTERS)
