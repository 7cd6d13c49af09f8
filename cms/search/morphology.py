"""Word forms that mean the same word: British and American spellings, Arabic plurals, duals,
feminine endings and attached pronouns. Applied to each normalised word at indexing and at
query time alike (normalise.py), so both sides meet in one form on every database.

The spelling variants are a map shipped in `dictionaries/` rather than a PostgreSQL synonym or
thesaurus dictionary: a text search dictionary file must sit in the server's `sharedir`, which
neither a migration nor a managed PostgreSQL lets the application write, and SQLite and the
highlighter need the same forms. The Arabic suffix rules follow Larkey's light10 stemmer
(suffixes removed once each, in order, while a stem of MIN_STEM letters remains); broken
plurals, which change the word's pattern, come from a listed vocabulary.
"""

from collections import defaultdict
from functools import cache
from pathlib import Path

from .letters import fold

DICTIONARIES = Path(__file__).resolve().parent / "dictionaries"
MIN_STEM = 3
ARABIC_SUFFIXES = ("هما", "هم", "هن", "ها", "تين", "تان", "ات", "ون", "ين", "ان", "يه", "ه", "ي")
KEY_LENGTH = 4


def pairs(name: str) -> list[tuple[str, str]]:
    """The `left right` lines of a dictionary file, without comments and blank lines."""
    lines = (DICTIONARIES / name).read_text(encoding="utf-8").splitlines()
    return [tuple(line.split()) for line in lines if line.strip() and not line.startswith("#")]


@cache
def english_variants() -> dict[str, list[tuple[str, str]]]:
    """British word start -> American, grouped by their first letters, longest first."""
    grouped: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for british, american in sorted(pairs("en_variants.txt"), key=lambda p: -len(p[0])):
        grouped[british[:KEY_LENGTH]].append((british, american))
    return dict(grouped)


@cache
def arabic_plurals() -> dict[str, str]:
    """Folded broken plural -> folded singular (folded as the text is, without prefixes)."""
    return {fold(plural): fold(singular) for plural, singular in pairs("ar_broken_plurals.txt")}


def english_word(word: str) -> str:
    for british, american in english_variants().get(word[:KEY_LENGTH], ()):
        if word.startswith(british) and not word.startswith(american):
            return american + word[len(british) :]
    return word


def arabic_stem(word: str) -> str:
    """A folded Arabic word without its prefixes: its singular, without sound plural, dual,
    feminine or pronoun suffixes."""
    word = arabic_plurals().get(word, word)
    for suffix in ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)]
    return word
