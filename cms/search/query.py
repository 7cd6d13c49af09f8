"""Search as the API uses it: ranked page ids for a query in a locale, highlights for the
pages it shows, and a "did you mean" suggestion. None of them applies visibility: the API
filters the ids through the one rule and passes the visible ones to `suggestion`."""

from django.db import connection

from cms.conf import newsroom

from . import engines
from .configs import config_for
from .engines import Hit, Results
from .highlight import highlight
from .models import SearchDocument
from .normalise import WORD, WRITTEN_WORD, fold, word_key
from .vocabulary import Correction

MAX_LENGTH = 200


class SearchError(ValueError):
    """A query the engine refuses, with a message for the client."""


def checked(text: str) -> str:
    text = text.strip()
    if len(text) > MAX_LENGTH:
        raise SearchError(f"search is limited to {MAX_LENGTH} characters.")
    return text


def search(text: str, codes: list[str], limit: int | None = None) -> Results:
    """Best first across `codes` (two statements per locale on PostgreSQL, one on SQLite), at
    most `limit` hits, with the corrections made in the first locale."""
    limit = limit or newsroom.SEARCH_MAX_RESULTS
    text = checked(text)
    engine = engines.current(connection)
    found = [engine.search(connection, text, code, limit) for code in codes]
    hits = [hit for results in found for hit in results.hits]
    ranked_hits = sorted(hits, key=lambda hit: (-hit.score, -hit.page_id))[:limit]
    return Results(ranked_hits, found[0].corrections if found else {})


def ranked(text: str, codes: list[str], limit: int | None = None) -> list[Hit]:
    return search(text, codes, limit).hits


def highlights(page_ids: list[int], text: str, code: str) -> dict[int, str]:
    """Page id -> highlighted passage of its summary and body (two statements)."""
    if not page_ids:
        return {}
    terms = engines.current(connection).terms(connection, checked(text), code)
    documents = SearchDocument.objects.filter(page_id__in=page_ids).values_list(
        "page_id", "locale_code", "summary", "body"
    )
    return {
        page_id: highlight(f"{summary}\n{body}".strip(), terms, locale_code)
        for page_id, locale_code, summary, body in documents
    }


def suggestion(
    text: str, code: str, corrections: dict[str, list[Correction]], visible_ids: list[int]
) -> str | None:
    """The query with each corrected word replaced by its best correction that a visible
    result holds, as the newsroom writes it; None when nothing is replaced. One statement,
    and none without corrections: a correction held only by items a reader may not see
    (restricted, expired) is never shown."""
    best = {word: options[0] for word, options in corrections.items() if options}
    if not best or not visible_ids:
        return None
    replacements = sorted({c.replacement for c in best.values()})
    held = shown_words(replacements, code, visible_ids)
    confirmed = {word: c for word, c in best.items() if c.replacement in held}
    if not confirmed:
        return None
    parts, cursor = [], 0
    for token in WRITTEN_WORD.finditer(text):
        keys = [word_key(folded, code) for folded in WORD.findall(fold(token.group()))]
        if len(keys) == 1 and keys[0] in confirmed:
            parts.append(text[cursor : token.start()] + confirmed[keys[0]].spelling)
            cursor = token.end()
    parts.append(text[cursor:])
    return "".join(parts).strip()


def shown_words(words: list[str], code: str, page_ids: list[int]) -> set[str]:
    """Which of `words` at least one of the pages' search documents holds."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT w.word FROM unnest(%s::text[]) AS w(word)
            WHERE EXISTS (
                SELECT 1 FROM search_searchdocument d
                WHERE d.page_id = ANY(%s)
                  AND d.vector @@ plainto_tsquery(%s::regconfig, w.word))
            """,
            [words, page_ids, config_for(code)],
        )
        return {word for (word,) in cursor.fetchall()}
