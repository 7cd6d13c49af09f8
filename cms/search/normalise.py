"""One text normalisation for indexing and querying, so a query meets the text in the same form
whatever accents, diacritics or Arabic spelling variants either side was written with.

PostgreSQL's Arabic stemmer removes tashkeel but keeps ة/ه and ى/ي apart and leaves the
conjunction and article prefixes (و, ال, بال, …) on the word, and FTS5 has no Arabic stemmer at
all: both get the text already normalised here, each word in the one form morphology.py gives
its spelling variants and inflections (American spelling; the Arabic stem without plural,
dual, feminine or pronoun endings).
"""

import re
from functools import lru_cache

from .letters import fold
from .morphology import arabic_stem, english_word

__all__ = ["WORD", "WRITTEN_WORD", "fold", "normalise", "word_key", "words"]

WORD = re.compile(r"\w+", re.UNICODE)
# A word as written: Python's \w leaves out combining marks (accents, tashkeel, Quranic
# marks), which would split "أُفرج" in three.
WRITTEN_WORD = re.compile(r"[\w\u0300-\u036F\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]+")

# Longest first; a prefix is removed only when at least MIN_ARABIC_STEM letters remain, so
# short words that merely begin with these letters keep their meaning.
ARABIC_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال")
ARABIC_CONJUNCTIONS = ("و",)
MIN_ARABIC_STEM = 3


def arabic_word(word: str) -> str:
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_ARABIC_STEM:
            return word[len(prefix) :]
    for conjunction in ARABIC_CONJUNCTIONS:
        if word.startswith(conjunction) and len(word) - 1 > MIN_ARABIC_STEM:
            return arabic_word(word[1:])
    return word


@lru_cache(maxsize=200_000)
def word_key(folded: str, code: str) -> str:
    """A folded word in the one form indexing and querying share: without Arabic prefixes and
    in its Arabic stem (morphology.py), or in American spelling."""
    if code == "ar":
        return arabic_stem(arabic_word(folded))
    if code == "en":
        return english_word(folded)
    return folded


def words(text: str, code: str) -> list[str]:
    """The normalised words of `text` written in language `code`."""
    return [word_key(word, code) for word in WORD.findall(fold(text))]


def normalise(text: str, code: str) -> str:
    return " ".join(words(text, code))
