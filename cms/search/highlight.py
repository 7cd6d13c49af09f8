"""Highlights: a short passage of the text as written, HTML-escaped, with the words that match
the query in `<mark>` and nothing else.

Matching is decided on normalised words against the engine's query terms (stems on
PostgreSQL, words on SQLite), so "réfugiés" is marked for "refugies" and "والمعتقلين" for
"معتقل". It runs in Python rather than in `ts_headline` because ts_headline can only compare
the words it parses itself: it cannot apply the Arabic normalisation without showing the
normalised text instead of what the newsroom wrote.
"""

import html

from .normalise import WRITTEN_WORD as TOKEN
from .normalise import fold, word_key

PASSAGE_WORDS = 30


def matches(word: str, terms: list[str], code: str) -> bool:
    key = word_key(fold(word), code)
    return any(key.startswith(term) or (len(key) >= 4 and term.startswith(key)) for term in terms)


def highlight(text: str, terms: list[str], code: str, size: int = PASSAGE_WORDS) -> str:
    """The passage of `size` words holding the most matches (the start when none match)."""
    tokens = list(TOKEN.finditer(text))
    if not tokens:
        return html.escape(text)
    hits = [matches(token.group(), terms, code) for token in tokens]
    count = best_count = sum(hits[:size])
    best = 0
    for start in range(1, len(tokens) - size + 1):
        count += hits[start + size - 1] - hits[start - 1]
        if count > best_count:
            best, best_count = start, count
    if best_count:
        first = hits.index(True, best)
        best = max(0, min(first - size // 3, len(tokens) - size))
    window = range(best, min(len(tokens), best + size))
    begin = tokens[window[0]].start()
    end = len(text) if window[-1] == len(tokens) - 1 else tokens[window[-1]].end()
    parts = ["… " if begin else ""]
    cursor = begin
    for position in window:
        token = tokens[position]
        parts.append(html.escape(text[cursor : token.start()]))
        word = html.escape(token.group())
        parts.append(f"<mark>{word}</mark>" if hits[position] else word)
        cursor = token.end()
    parts.append(html.escape(text[cursor:end]))
    if end < len(text):
        parts.append(" …")
    return "".join(parts).strip()
