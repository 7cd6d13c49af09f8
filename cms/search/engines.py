"""The database-specific half of search: writing the engine's index and querying it.

PostgreSQL: a weighted tsvector (title A, summary B, body C) built with the locale's
configuration from normalised text, ranked with `ts_rank_cd`, plus trigram similarity on the
normalised title and names for typos and transliterations, and corrections from the
vocabulary (vocabulary.py) for a query word no document holds. SQLite: FTS5 with prefix terms,
ranked with bm25; no stemming and no typo tolerance. Each search is one SQL statement whatever
the number of hits (its text grows with the words of the query, at most MAX_WORDS), after one
vocabulary statement on PostgreSQL.
"""

from dataclasses import dataclass, field
from typing import Protocol

from django.db import connection as default_connection

from cms.conf import newsroom

from . import vocabulary
from .configs import config_for
from .normalise import normalise, words
from .vocabulary import Correction

TITLE_WEIGHT, SUMMARY_WEIGHT, BODY_WEIGHT = 10.0, 4.0, 1.0
# A search is at most 200 characters; past this many words a query adds nothing but cost.
MAX_WORDS = 12


@dataclass(frozen=True)
class Hit:
    page_id: int
    score: float


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    # Query word -> the vocabulary words also searched for it, best first.
    corrections: dict[str, list[Correction]] = field(default_factory=dict)


class Engine(Protocol):
    keeps_vocabulary: bool

    def store(self, connection, documents: list) -> None:
        """Write the engine's index for `documents` (one round trip per batch)."""

    def drop(self, connection, page_ids: list[int]) -> None: ...

    def search(self, connection, text: str, code: str, limit: int) -> Results: ...

    def terms(self, connection, text: str, code: str) -> list[str]: ...


class PostgreSQLEngine:
    keeps_vocabulary = True
    STORE = """
        UPDATE search_searchdocument SET vector =
            setweight(to_tsvector(%(config)s::regconfig, %(title)s), 'A')
            || setweight(to_tsvector(%(config)s::regconfig, %(summary)s), 'B')
            || setweight(to_tsvector(%(config)s::regconfig, %(body)s), 'C')
        WHERE page_id = %(page_id)s
    """
    # Every query word must match, in the text through the locale's stemmer (the word or one
    # of its corrections from the vocabulary) or in the title and names through trigram word
    # similarity (`<%`, pg_trgm's threshold 0.6, served by the trigram index), so one
    # misspelt word or transliterated name does not lose the item.
    # Stop words match anything. Rank: weighted word frequency over any query word, plus how
    # closely the whole query resembles the title. Ranking is bounded: only the newest
    # NEWSROOM_SEARCH_RANKED_CANDIDATES matches are ranked, so a common word costs the same
    # at any size of the archive (PostgreSQL walks the primary key backwards and stops, where
    # ranking all 35,000 matches of a word took 600 ms at 50,000 items); a rare word is still
    # found by the GIN index and ranked whole.
    SEARCH = """
        SELECT page_id, score FROM (
            SELECT d.page_id,
                   ts_rank(d.vector, to_tsquery(%(config)s::regconfig, %(any)s), 1)
                       + word_similarity(%(key)s, d.title_key) AS score
            FROM (
                SELECT d.page_id, d.vector, d.title_key
                FROM search_searchdocument d
                WHERE d.locale_code = %(code)s
                  AND (numnode(plainto_tsquery(%(config)s::regconfig, %(key)s)) > 0
                       OR %(key)s <%% d.title_key)
                  AND {conditions}
                ORDER BY d.page_id DESC
                LIMIT %(candidates)s
            ) AS d
        ) AS hits
        ORDER BY score DESC, page_id DESC
        LIMIT %(limit)s
    """
    WORD = """(numnode(plainto_tsquery(%(config)s::regconfig, %({name})s)) = 0
        OR d.vector @@ to_tsquery(%(config)s::regconfig, %({name}_or)s)
        OR %({name})s <%% d.title_key)"""

    def store(self, connection, documents: list) -> None:
        rows = [
            {
                "config": config_for(document.code),
                "title": normalise(f"{document.title} {document.names}", document.code),
                "summary": normalise(document.summary, document.code),
                "body": normalise(document.body, document.code),
                "page_id": document.page_id,
            }
            for document in documents
        ]
        with connection.cursor() as cursor:
            cursor.executemany(self.STORE, rows)

    def drop(self, connection, page_ids: list[int]) -> None:
        """The document row holds the vector: deleting the row is enough."""

    def search(self, connection, text: str, code: str, limit: int) -> Results:
        terms = words(text, code)[:MAX_WORDS]
        if not terms:
            return Results([])
        corrections = vocabulary.corrections(connection, terms, code)
        alternatives = [
            [term, *(c.replacement for c in corrections.get(term, ()))] for term in terms
        ]
        names = [f"w{position}" for position in range(len(terms))]
        conditions = " AND ".join(self.WORD.format(name=name) for name in names)
        parameters = {
            "config": config_for(code),
            "key": " ".join(terms),
            "any": " | ".join(word for options in alternatives for word in options),
            "code": code,
            "limit": limit,
            "candidates": max(limit, newsroom.SEARCH_RANKED_CANDIDATES),
            **dict(zip(names, terms, strict=True)),
            **{
                f"{name}_or": " | ".join(options)
                for name, options in zip(names, alternatives, strict=True)
            },
        }
        with connection.cursor() as cursor:
            cursor.execute(self.SEARCH.format(conditions=conditions), parameters)
            hits = [Hit(page_id, float(score)) for page_id, score in cursor.fetchall()]
        return Results(hits, corrections)

    def terms(self, connection, text: str, code: str) -> list[str]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT tsvector_to_array(to_tsvector(%s::regconfig, %s))",
                [config_for(code), normalise(text, code)],
            )
            return list(cursor.fetchone()[0])


class SQLiteEngine:
    keeps_vocabulary = False
    SEARCH = f"""
        SELECT d.page_id, -bm25(search_fts, {TITLE_WEIGHT}, {SUMMARY_WEIGHT}, {BODY_WEIGHT})
        FROM search_fts JOIN search_searchdocument d ON d.page_id = search_fts.rowid
        WHERE search_fts MATCH %s AND d.locale_code = %s
        ORDER BY 2 DESC, d.page_id DESC
        LIMIT %s
    """  # noqa: S608 (constant weights; the query is a parameter)

    def store(self, connection, documents: list) -> None:
        self.drop(connection, [document.page_id for document in documents])
        rows = [
            [
                document.page_id,
                normalise(f"{document.title} {document.names}", document.code),
                normalise(document.summary, document.code),
                normalise(document.body, document.code),
            ]
            for document in documents
        ]
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, summary, body) VALUES (%s, %s, %s, %s)",
                rows,
            )

    def drop(self, connection, page_ids: list[int]) -> None:
        if not page_ids:
            return
        marks = ", ".join(["%s"] * len(page_ids))
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM search_fts WHERE rowid IN ({marks})", list(page_ids))  # noqa: S608

    def search(self, connection, text: str, code: str, limit: int) -> Results:
        terms = self.terms(connection, text, code)
        if not terms:
            return Results([])
        expression = " AND ".join(f'"{term}"*' for term in terms)
        with connection.cursor() as cursor:
            cursor.execute(self.SEARCH, [expression, code, limit])
            return Results([Hit(page_id, float(score)) for page_id, score in cursor.fetchall()])

    def terms(self, connection, text: str, code: str) -> list[str]:
        return words(text, code)


ENGINES: dict[str, Engine] = {"postgresql": PostgreSQLEngine(), "sqlite": SQLiteEngine()}


def current(connection=default_connection) -> Engine:
    try:
        return ENGINES[connection.vendor]
    except KeyError:
        raise NotImplementedError(f"No search engine for {connection.vendor}.") from None
