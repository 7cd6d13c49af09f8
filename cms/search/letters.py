"""Letters that differ only in how they were typed: case, accents, ligatures, tashkeel, the
hamza carried by alef, waw or yeh, taa marbuta and alef maksura, tatweel."""

import sys
import unicodedata
from functools import cache

LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ı": "i"})
ARABIC_LETTERS = str.maketrans({"ة": "ه", "ى": "ي", "ٱ": "ا", "\u0640": ""})


@cache
def _combining_marks() -> dict[int, None]:
    """Every code point with a combining class, as a table `str.translate` deletes in C: a
    generator over each character cost a third of the archive generator's time."""
    return {cp: None for cp in range(sys.maxunicode + 1) if unicodedata.combining(chr(cp))}


def fold(text: str) -> str:
    """Lower case without combining marks: accents, tashkeel and the hamza carried by alef,
    waw or yeh (أ إ آ → ا) go in one decomposition. ASCII text has nothing to decompose."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(LIGATURES))
    stripped = decomposed.translate(_combining_marks())
    return unicodedata.normalize("NFC", stripped).translate(ARABIC_LETTERS)
