"""Search at scale on the bench database: the newsroom grown to SEARCH_ITEMS items with varied
titles and summaries, indexed by `rebuild_search`, then `SearchNews` (the frontend's search
operation, highlights included) timed uncached for queries from "matches almost everything"
to "matches nothing", plus a misspelt name.

Run by `bench.run_backend` on PostgreSQL after the other measurements; the figures go into the
run's JSON under "search" and into the printed table (`lines`, imported before Django is set
up: hence the imports inside `run`).
"""

import itertools
import time
from typing import Any

SEARCH_ITEMS = 10_000
SUBJECTS = (
    "Arbitrary detention",
    "Press freedom",
    "Torture in custody",
    "Forced evictions",
    "Death penalty",
    "Freedom of assembly",
    "Migrants at sea",
    "Enforced disappearances",
    "Unlawful air strikes",
    "Women human rights defenders",
    "Arms transfers",
    "Right to health",
)
PLACES = (
    "Tripoli",
    "Benghazi",
    "Misratah",
    "Sabha",
    "Derna",
    "Zawiya",
    "Sirte",
    "Tobruk",
    "Kufra",
    "Ghat",
    "Ubari",
    "Tarhuna",
    "Zintan",
    "Gharyan",
    "Bani Walid",
    "Ajdabiya",
    "Brega",
)
QUERIES = {
    "every item": "detention",
    "one subject": "press freedom",
    "subject and place": "torture custody Benghazi",
    "one item": "{subject} {place} {number}",
    "misspelt place": "Misrata air strikes",
    "no match": "zyxwvut",
}  # fmt: skip


def run(repeats: int, warmup: int, items: int = SEARCH_ITEMS) -> dict[str, Any]:
    from cms.api.http.contract import documents
    from cms.search.documents import rebuild

    from .measure import interleaved_timings, measure_uncached
    from .seed import seed_newsroom
    from .targets import Request

    seed_newsroom(items)
    vary_texts()
    started = time.perf_counter()
    indexed = rebuild()
    indexing_seconds = time.perf_counter() - started
    operation = documents()["SearchNews"]
    rows = []
    for name, text in QUERIES.items():
        text = text.format(**one_item(4242))
        request = Request(
            "POST", "/graphql/", body={"query": operation, "variables": {"search": text}}
        )
        figures = measure_uncached(request, warmup)
        figures |= interleaved_timings({name: request}, repeats)[name]
        payload = figures.pop("payload")["data"]["newsItems"]
        rows.append({"query": name, "text": text, "hits": payload["totalCount"], **figures})
    return {"items": indexed, "indexing_seconds": round(indexing_seconds, 1), "rows": rows}


def one_item(number: int) -> dict[str, Any]:
    subject, place = list(itertools.product(SUBJECTS, PLACES))[
        number % (len(SUBJECTS) * len(PLACES))
    ]
    return {"subject": subject, "place": place, "number": number}


def vary_texts() -> None:
    """Titles and summaries from SUBJECTS x PLACES, so words are common, rare or unique."""
    from django.db import transaction

    from newsroom_pages.pages import NewsItemPage

    with transaction.atomic():
        items = list(NewsItemPage.objects.order_by("pk").only("pk", "title", "summary"))
        for number, item in enumerate(items):
            subject, place = one_item(number)["subject"], one_item(number)["place"]
            item.title = item.draft_title = f"{subject} in {place}: case {number}"
            item.summary = f"Researchers documented {subject.lower()} in {place}, case {number}."
        NewsItemPage.objects.bulk_update(items, ["title", "draft_title", "summary"], batch_size=500)


def lines(runs: list[dict]) -> list[str]:
    """The printed table: one line per query, per backend that measured search."""
    out = []
    for run in runs:
        search = run.get("search")
        if not search:
            continue
        out.append(
            f"\nSearch on {run['backend']} at {search['items']} items "
            f"(indexed in {search['indexing_seconds']} s), SearchNews first page, uncached:"
        )
        out.append(f"  {'query':<18} {'hits':>6} {'queries':>7} {'median ms':>10} {'p95 ms':>8}")
        for row in search["rows"]:
            out.append(
                f"  {row['query']:<18} {row['hits']:>6} {row['queries']:>7} "
                f"{row['median_ms']:>10.1f} {row['p95_ms']:>8.1f}"
            )
    return out


def main() -> None:
    """`python -m bench.search --database-url postgres://...`: only this measurement, on an
    existing database (make bench runs it as part of the PostgreSQL pass)."""
    import argparse
    import json
    import os

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    os.environ["BENCH_DATABASE_URL"] = args.database_url

    import django
    from django.core.management import call_command
    from django.db import connection

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    result = run(args.repeats, args.warmup)
    print("\n".join(lines([{"backend": connection.vendor, "search": result}])))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
