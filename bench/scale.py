"""The scale series (`python -m bench.scale`, run by `make bench`): every public path at
growing sizes of a generated archive on PostgreSQL (2,000, 20,000 and 100,000 items by
default): p50/p95 and SQL statements per operation, and the growth exponent (the slope of
log p50 against log N: 0 is flat, 1 grows with the archive), written to
bench/results/scale.json and docs/bench-scale.png. tests/scale/ measures with the same code.

Latency is measured over real HTTP against a live server with the response cache off;
statements are counted in process on the same requests.
"""

import argparse
import json
import math
import os
import statistics
import time
import urllib.request
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
CHART = Path(__file__).resolve().parent.parent / "docs" / "bench-scale.png"
REPEATS = 9
LISTING = "query($after: String) { newsItems(first: 20, after: $after) { edges { cursor node { title urlPath } } pageInfo { endCursor } } }"
FILTERED = '{ newsItems(first: 20, kind: PRESS_RELEASE, topic: "accountability") { edges { node { title } } } }'
COUNT = "{ newsItems(first: 1) { totalCount } }"
ARTICLE = "query($path: String!) { page(urlPath: $path) { title ... on NewsItem { summary topics { name } countries { name } relatedItems { title urlPath } body { __typename } } } }"
SEARCH = "query($q: String!) { newsItems(first: 20, search: $q) { totalCount edges { node { title } } } }"
SYNC = "query($token: String) { sync(token: $token, first: 100) { items { id urlPath } nextToken hasMore } }"


def graphql(query: str, variables: dict | None = None) -> tuple[str, bytes, dict]:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    return ("POST", body, {"Content-Type": "application/json"})


class Measure:
    def __init__(self, base_url: str, repeats: int = REPEATS, explain: bool = False) -> None:
        from django.test import Client

        self.base_url = base_url
        self.repeats = repeats
        self.explain = explain
        self.client = Client(HTTP_HOST="localhost")

    def http(self, path: str, request=None) -> bytes:
        method, body, headers = request if request else ("GET", None, {})
        call = urllib.request.Request(
            self.base_url + path, data=body, headers=headers, method=method
        )
        with urllib.request.urlopen(call, timeout=120) as answer:
            return answer.read()

    def queries(self, path: str, request=None) -> list[str]:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            if request:
                response = self.client.post(path, request[1], content_type="application/json")
            else:
                response = self.client.get(path)
            if response.streaming:
                b"".join(response.streaming_content)
        assert response.status_code == 200, response
        return [query["sql"] for query in captured]

    def operation(self, path: str, request=None) -> dict:
        self.http(path, request)  # warm: renditions made, connections open
        statements = self.queries(path, request)
        times = []
        for _ in range(self.repeats):
            started = time.perf_counter()
            self.http(path, request)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)]
        measured = {
            "queries": len(statements),
            "median_ms": statistics.median(times),
            "p95_ms": p95,
        }
        if self.explain:
            measured["plans"] = [explained(sql) for sql in statements if is_read(sql)]
        return measured


def is_read(sql: str) -> bool:
    return sql.lstrip().upper().startswith(("SELECT", "WITH"))


def explained(sql: str) -> dict:
    """The statement as it ran, with PostgreSQL's EXPLAIN ANALYZE of it: what the note on an
    operation's flatness rests on (an index scan bounded by LIMIT, not a scan of the archive)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT TEXT) {sql}")
        plan = [row[0] for row in cursor.fetchall()]
    executed = next((line for line in reversed(plan) if line.startswith("Execution Time")), "")
    return {"sql": sql, "plan": plan, "execution_ms": float(executed.split()[2] or 0)}


def deep_cursor(measure: Measure, depth: int = 20) -> str | None:
    after = None
    for _ in range(depth):
        data = json.loads(measure.http("/graphql/", graphql(LISTING, {"after": after})))
        after = data["data"]["newsItems"]["pageInfo"]["endCursor"]
    return after


def operations(measure: Measure) -> dict[str, dict]:
    from newsroom_pages.pages import NewsItemPage

    english = NewsItemPage.objects.filter(locale__language_code="en", slug__startswith="archive-")
    article = english.order_by("pk").first()  # the same item at every size
    rare = article.slug.rsplit("-", 1)[-1]  # the person's name: in a handful of items
    initial = json.loads(measure.http("/graphql/", graphql(SYNC)))["data"]["sync"]["nextToken"]
    deep = deep_cursor(measure)
    path = f"/newsroom/{article.slug}/"
    return {
        "listing": measure.operation("/graphql/", graphql(LISTING)),
        "deep cursor (20 pages)": measure.operation("/graphql/", graphql(LISTING, {"after": deep})),
        "filters": measure.operation("/graphql/", graphql(FILTERED)),
        "totalCount": measure.operation("/graphql/", graphql(COUNT)),
        "page(urlPath) article": measure.operation("/graphql/", graphql(ARTICLE, {"path": path})),
        "search common word": measure.operation("/graphql/", graphql(SEARCH, {"q": "authorities"})),
        "search rare word": measure.operation("/graphql/", graphql(SEARCH, {"q": rare})),
        "sitemap index": measure.operation("/sitemap.xml"),
        "sitemap file": measure.operation("/sitemaps/en-2.xml"),
        "RSS feed": measure.operation("/feeds/en/rss.xml"),
        "sync, initial first page": measure.operation("/graphql/", graphql(SYNC)),
        "sync, next page": measure.operation("/graphql/", graphql(SYNC, {"token": initial})),
    }


def grow_and_measure(
    base_url: str, sizes: list[int], repeats: int = REPEATS, explain: bool = False
) -> dict[int, dict]:
    """Grow the archive to each size in turn (the demo newsroom first) and measure it."""
    from io import StringIO

    from django.core.management import call_command
    from django.db import connection

    from newsroom_pages.pages import NewsItemPage

    call_command("load_demo_newsroom", stdout=StringIO())
    results = {}
    for size in sizes:
        out = StringIO()
        missing = size - NewsItemPage.objects.count()
        if missing > 0:
            call_command("generate_archive", items=missing, seed=28, stdout=out)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        results[size] = operations(Measure(base_url, repeats, explain))
        results[size]["generation"] = out.getvalue().strip()
    return results


def growth_exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(median) against log(N)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(ms, 1e-3)) for _, ms in points]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    spread = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / spread if spread else 0.0


def summary(results: dict[int, dict]) -> dict[str, dict]:
    sizes = sorted(results)
    names = [name for name in results[sizes[0]] if name != "generation"]
    return {
        name: {
            "by_size": {
                str(n): {k: v for k, v in results[n][name].items() if k != "plans"} for n in sizes
            },
            "growth_exponent": round(
                growth_exponent([(n, results[n][name]["median_ms"]) for n in sizes]), 3
            ),
        }
        for name in names
    }


def plans_document(results: dict[int, dict]) -> str:
    """Markdown: each operation's read statements, their execution time at every size and
    PostgreSQL's plan at the largest."""
    sizes = sorted(results)
    largest = results[sizes[-1]]
    out = [
        f"# EXPLAIN ANALYZE of every read statement, at {', '.join(map(str, sizes))} items",
        "",
        "Written by `python -m bench.scale` (bench/scale.py); the plans are at the largest size.",
    ]
    for name, row in largest.items():
        if not isinstance(row, dict) or "plans" not in row:
            continue
        out += ["", f"## {name}", ""]
        for index, plan in enumerate(row["plans"]):
            times = " -> ".join(
                f"{results[n][name]['plans'][index]['execution_ms']:.2f}"
                if index < len(results[n][name].get("plans", []))
                else "-"
                for n in sizes
            )
            out += [
                f"{index + 1}. execution ms {times}",
                "",
                "   ```sql",
                f"   {plan['sql'][:1500]}",
                "   ```",
                "   ```",
                *[f"   {line}" for line in plan["plan"]],
                "   ```",
            ]
    return "\n".join(out) + "\n"


def lines(table: dict[str, dict]) -> list[str]:
    sizes = list(next(iter(table.values()))["by_size"])
    header = f"{'operation':26} " + " ".join(f"{n + ' p50/p95/q':>22}" for n in sizes) + "  exp"
    out = [header, "-" * len(header)]
    for name, row in table.items():
        cells = " ".join(
            f"{row['by_size'][n]['median_ms']:>8.1f}/{row['by_size'][n]['p95_ms']:>7.1f}/{row['by_size'][n]['queries']:>3}"
            for n in sizes
        )
        out.append(f"{name:26} {cells}  {row['growth_exponent']:+.2f}")
    return out


def draw(table: dict[str, dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(9, 6))
    for name, row in table.items():
        points = sorted((int(n), cell["median_ms"]) for n, cell in row["by_size"].items())
        axis.plot(*zip(*points, strict=True), marker="o", label=name)
    sizes = sorted(int(n) for n in next(iter(table.values()))["by_size"])
    axis.axhline(y=0, color="grey", linewidth=0)
    axis.set_xscale("log")
    axis.set_yscale("log")
    axis.set_xlabel("items in the archive (N)")
    axis.set_ylabel("median latency over HTTP (ms), response cache off")
    axis.set_title(
        f"Scale series on PostgreSQL, {', '.join(map(str, sizes))} items: the goal is flat"
    )
    axis.grid(True, alpha=0.3)
    axis.legend(fontsize=7)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
    plt.close(figure)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="2000,20000,100000")
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--chart", default=str(CHART))
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    from .postgresql import throwaway_postgresql

    with throwaway_postgresql() as url:
        os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
        os.environ["BENCH_DATABASE_URL"] = url
        os.environ["BENCH_API_CACHE"] = "off"
        import django

        django.setup()
        from django.core.management import call_command
        from django.test.testcases import LiveServerThread, _StaticFilesHandler
        from django.test.utils import override_settings

        call_command("migrate", verbosity=0, interactive=False)
        with override_settings(
            NEWSROOM_SITEMAP_MAX_URLS=max(50, sizes[0] // 10), ALLOWED_HOSTS=["*"]
        ):
            server = LiveServerThread("127.0.0.1", static_handler=_StaticFilesHandler)
            server.daemon = True
            server.start()
            server.is_ready.wait()
            try:
                results = grow_and_measure(
                    f"http://127.0.0.1:{server.port}", sizes, args.repeats, explain=True
                )
            finally:
                server.terminate()
    table = summary(results)
    document = {
        "created": time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()),
        "sizes": sizes,
        "generation": {str(n): results[n]["generation"] for n in sizes},
        "operations": table,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(document, indent=2))
    (RESULTS / "scale-plans.md").write_text(plans_document(results))
    draw(table, Path(args.chart))
    print("\n".join(lines(table)))
    print(
        f"\nJSON: {RESULTS / 'scale.json'}  plans: {RESULTS / 'scale-plans.md'}  chart: {args.chart}"
    )


if __name__ == "__main__":
    main()
