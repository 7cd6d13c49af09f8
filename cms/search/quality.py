"""Relevance measured: recall@10 and mean reciprocal rank per language, for our search and for
Wagtail's default database backend, over the same pages and the same queries.

A relevance set is a module with `CASES` (RelevanceCase) and `build()`, which creates the pages
the cases name and returns their ids by (locale, key); `tests/search/relevance_set.py` is ours.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import QuerySet
from wagtail.models import Locale

from newsroom_pages.pages import NewsItemPage

from . import query

TOP = 10


@dataclass(frozen=True)
class RelevanceCase:
    code: str
    text: str
    expected: tuple[str, ...]
    # What the case tests (a typo, a spelling variant, a plural...), for a table by kind.
    kind: str = "first set"


def by_locale(case: RelevanceCase) -> str:
    return case.code


def by_locale_and_kind(case: RelevanceCase) -> str:
    return f"{case.code} {case.kind}"


@dataclass(frozen=True)
class Scores:
    queries: int
    recall: float
    mrr: float
    misses: tuple[str, ...]


Ranker = Callable[[str, str], list[int]]


def ours(text: str, code: str) -> list[int]:
    return [hit.page_id for hit in query.ranked(text, [code], limit=TOP)]


def wagtail_default(text: str, code: str) -> list[int]:
    """What the API did before: Wagtail's configured backend (the database backend)."""
    locale = Locale.objects.get(language_code=code)
    pages: QuerySet = NewsItemPage.objects.live().filter(locale=locale)
    return [page.pk for page in pages.search(text)[:TOP]]


def evaluate(
    cases: Iterable[RelevanceCase],
    ids: dict[tuple[str, str], int],
    rank: Ranker,
    group: Callable[[RelevanceCase], str] = by_locale,
) -> dict[str, Scores]:
    """Scores per group of cases (per language unless `group` says otherwise)."""
    recalls, reciprocal, misses = defaultdict(list), defaultdict(list), defaultdict(list)
    for case in cases:
        found = rank(case.text, case.code)[:TOP]
        wanted = [ids[(case.code, key)] for key in case.expected]
        name = group(case)
        recalls[name].append(sum(pk in found for pk in wanted) / len(wanted))
        first = min((found.index(pk) + 1 for pk in wanted if pk in found), default=None)
        reciprocal[name].append(1 / first if first else 0.0)
        if not all(pk in found for pk in wanted):
            misses[name].append(case.text)
    return {
        code: Scores(
            queries=len(recalls[code]),
            recall=sum(recalls[code]) / len(recalls[code]),
            mrr=sum(reciprocal[code]) / len(reciprocal[code]),
            misses=tuple(misses[code]),
        )
        for code in recalls
    }


def table(results: dict[str, dict[str, Scores]]) -> str:
    """One line per group (language, or language and kind): recall@10 and MRR for each ranker
    side by side."""
    names = list(results)
    groups = list(results[names[0]])
    width = max(len("locale"), *(len(group) for group in groups))
    header = f"{'locale':<{width}}  queries  " + "  ".join(f"{name:>26}" for name in names)
    lines = [
        header,
        " " * (width + 11) + "  ".join(f"{'recall@10':>12} {'MRR':>13}" for _ in names),
    ]
    for group in groups:
        cells = "  ".join(
            f"{results[name][group].recall:>12.3f} {results[name][group].mrr:>13.3f}"
            for name in names
        )
        lines.append(f"{group:<{width}} {results[names[0]][group].queries:>8}  {cells}")
    return "\n".join(lines)
