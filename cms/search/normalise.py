"""One text normalisation for indexing and querying, so a query meets the text in the same form
whatever accents, diacritics or Arabic spelling variants either side was written with.

PostgreSQL's Arabic stemmer removes tashkeel but keeps ة/ه and ى/ي apart and leaves the
conjunction and article prefixes (و, ال, بال, …) on the word, and FTS5 has no Arabic stemmer at
all: both get the text already normalised here.
"""

import re
import unicodedata

WORD = re.compile(r"\w+", re.UNICODE)
# A word as written: Python's \w leaves out combining marks (accents, tashkeel, Quranic
# marks), which would split "أُفرج" in three.
WRITTEN_WORD = re.compile(r"[\w\u0300-\u036F\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]+")

LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ı": "i"})
ARABIC_LETTERS = str.maketrans({"ة": "ه", "ى": "ي", "ٱ": "ا", "\u0640": ""})
# Longest first; a prefix is removed only when at least MIN_ARABIC_STEM letters remain, so
# short words that merely begin with these letters keep their meaning.
ARABIC_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال")
ARABIC_CONJUNCTIONS = ("و", "ف")
MIN_ARABIC_STEM = 3


def fold(text: str) -> str:
    """Lower case without combining marks: accents, tashkeel and the hamza carried by alef,
    waw or yeh (أ إ آ → ا) go in one decomposition."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(LIGATURES))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", stripped).translate(ARABIC_LETTERS)


def arabic_word(word: str) -> str:
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_ARABIC_STEM:
            return word[len(prefix) :]
    for conjunction in ARABIC_CONJUNCTIONS:
        if word.startswith(conjunction) and len(word) - 1 > MIN_ARABIC_STEM:
            return arabic_word(word[1:])
    return word


def words(text: str, code: str) -> list[str]:
    """The normalised words of `text` written in language `code`."""
    found = WORD.findall(fold(text))
    if code == "ar":
        return [arabic_word(word) for word in found]
    return found


def normalise(text: str, code: str) -> str:
    return " ".join(words(text, code))
