"""The vocabulary of what is indexed (PostgreSQL): which normalised words the live search
documents hold and how many documents hold each, and the corrections it proposes for a query
word it does not hold.

Counts move with the documents in the same transaction (a document written adds its words and
takes away the words of the version it replaces; a document deleted takes its words away), so
a word of an unpublished item leaves the vocabulary with the item. A correction is only ever a
candidate: the API shows one as `searchSuggestion` only after checking that a visible result
holds it, because the vocabulary also counts live items that a reader may not see (expired,
restricted).
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .normalise import WORD, WRITTEN_WORD, fold, word_key

MIN_LENGTH, MAX_LENGTH, MAX_SPELLING = 3, 60, 100
# A word shorter than this is never corrected: one letter changed is another word.
MIN_CORRECTED = 4
CANDIDATES = 8
ALTERNATIVES = 3


@dataclass(frozen=True)
class Correction:
    word: str
    replacement: str
    spelling: str
    distance: int
    documents: int


def eligible(key: str) -> bool:
    return MIN_LENGTH <= len(key) <= MAX_LENGTH and not key.isdigit()


def spelled(texts: Iterable[str], code: str) -> dict[str, str]:
    """Normalised word -> how it was written (lower case), for every word of `texts` worth a
    place in the vocabulary."""
    found: dict[str, str] = {}
    for text in texts:
        for token in WRITTEN_WORD.findall(text):
            for key in _token_keys(token, code):
                found[key] = token.lower()[:MAX_SPELLING]
    return found


@lru_cache(maxsize=200_000)
def _token_keys(token: str, code: str) -> tuple[str, ...]:
    """A written word's vocabulary keys: the same words recur in every document, so they are
    folded and stemmed once."""
    return tuple(
        key for folded in WORD.findall(fold(token)) if eligible(key := word_key(folded, code))
    )


class Tally:
    """Document counts per (locale, word) to add to the vocabulary, written in one statement."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()
        self.spellings: dict[tuple[str, str], str] = {}

    def add(self, document, sign: int = 1) -> None:
        """Count the words of a document (a search document row, or one about to be written):
        its normalised title key (title and names) and the words of its summary and body."""
        code = document.code
        found = spelled([document.title, document.summary, document.body], code)
        for key in document.title_key.split():
            if eligible(key):
                found.setdefault(key, key)
        for word, spelling in found.items():
            self.counts[(code, word)] += sign
            if sign > 0:
                self.spellings[(code, word)] = spelling

    def write(self, connection) -> None:
        """Apply the counts (sorted, so concurrent writers lock rows in one order) and drop the
        words no document holds any more: two statements whatever the number of words. (A
        count may pass through zero or below inside the statement, which is why the column has
        no check constraint: PostgreSQL checks an upsert's proposed row before its conflict.)"""
        rows = sorted((key, change) for key, change in self.counts.items() if change)
        if not rows:
            return
        codes = [code for (code, _word), _change in rows]
        words = [word for (_code, word), _change in rows]
        spellings = [self.spellings.get(key, key[1]) for key, _change in rows]
        changes = [change for _key, change in rows]
        with connection.cursor() as cursor:
            cursor.execute(
                """
                INSERT INTO search_searchword AS w (locale_code, word, spelling, documents)
                SELECT code, word, spelling, change
                FROM unnest(%s::text[], %s::text[], %s::text[], %s::int[])
                    AS t(code, word, spelling, change)
                ON CONFLICT (locale_code, word) DO UPDATE SET
                    documents = GREATEST(w.documents + EXCLUDED.documents, 0),
                    spelling = CASE WHEN EXCLUDED.documents > 0 THEN EXCLUDED.spelling
                                    ELSE w.spelling END
                """,
                [codes, words, spellings, changes],
            )
            cursor.execute(
                """
                DELETE FROM search_searchword AS w
                USING unnest(%s::text[], %s::text[]) AS t(code, word)
                WHERE w.locale_code = t.code AND w.word = t.word AND w.documents <= 0
                """,
                [codes, words],
            )


def distance(left: str, right: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    two neighbouring letters each count one."""
    previous2: list[int] = []
    previous = list(range(len(right) + 1))
    for i, a in enumerate(left, 1):
        current = [i] + [0] * len(right)
        for j, b in enumerate(right, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == right[j - 2] and left[i - 2] == b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def allowed_distance(word: str) -> int:
    """One edit in a word of up to six letters, two in a longer one."""
    return 1 if len(word) <= 6 else 2


CANDIDATES_SQL = f"""
    SELECT q.word, c.word, c.spelling, c.documents
    FROM unnest(%(words)s::text[]) AS q(word)
    CROSS JOIN LATERAL (
        SELECT v.word, v.spelling, v.documents FROM search_searchword v
        WHERE v.locale_code = %(code)s AND v.word %% q.word
        ORDER BY similarity(v.word, q.word) DESC, v.documents DESC, v.word
        LIMIT {CANDIDATES}
    ) AS c
    WHERE NOT EXISTS (
        SELECT 1 FROM search_searchword k WHERE k.locale_code = %(code)s AND k.word = q.word
    )
"""  # noqa: S608 (a constant limit; words and locale are parameters)


def corrections(connection, words: list[str], code: str) -> dict[str, list[Correction]]:
    """Query word -> the vocabulary words it may have meant, best first (fewest edits, then
    the most documents), for each word the vocabulary does not hold. One statement, served by
    the trigram index; the candidates it returns are bounded per word."""
    asked = sorted({word for word in words if len(word) >= MIN_CORRECTED and not word.isdigit()})
    if not asked:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(CANDIDATES_SQL, {"words": asked, "code": code})
        rows = cursor.fetchall()
    found: dict[str, list[Correction]] = {}
    for word, replacement, spelling, documents in rows:
        edits = distance(word, replacement)
        if edits <= allowed_distance(word):
            found.setdefault(word, []).append(
                Correction(word, replacement, spelling, edits, documents)
            )
    return {
        word: sorted(options, key=lambda c: (c.distance, -c.documents, c.replacement))[
            :ALTERNATIVES
        ]
        for word, options in found.items()
    }
