"""Search as the API uses it: ranked page ids for a query in a locale, and highlights for the
pages it shows. Neither applies visibility: the API filters the ids through the one rule."""

from django.db import connection

from cms.conf import newsroom

from . import engines
from .engines import Hit
from .highlight import highlight
from .models import SearchDocument

MAX_LENGTH = 200


class SearchError(ValueError):
    """A query the engine refuses, with a message for the client."""


def checked(text: str) -> str:
    text = text.strip()
    if len(text) > MAX_LENGTH:
        raise SearchError(f"search is limited to {MAX_LENGTH} characters.")
    return text


def ranked(text: str, codes: list[str], limit: int | None = None) -> list[Hit]:
    """Best first across `codes` (one statement per locale), at most `limit` hits."""
    limit = limit or newsroom.SEARCH_MAX_RESULTS
    text = checked(text)
    engine = engines.current(connection)
    hits = [hit for code in codes for hit in engine.search(connection, text, code, limit)]
    return sorted(hits, key=lambda hit: (-hit.score, -hit.page_id))[:limit]


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
