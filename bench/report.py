"""The printed table, the ratios against our API, and whether each target of issue 8 holds."""

from collections.abc import Iterable
from typing import Any

TARGETS = ("ours", "rest", "grapple")
RSS_LIMIT_MB = 300
CACHE_SPEEDUP = 20


def find(rows: list[dict], **match) -> dict | None:
    return next((r for r in rows if all(r.get(k) == v for k, v in match.items())), None)


def ratio(peer: float | None, ours: float | None) -> str:
    if not peer or not ours:
        return "-"
    return f"{peer / ours:.1f}x"


def fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def table(run: dict) -> list[str]:
    rows = run["rows"]
    header = (
        f"{'op':8} {'N':>5} {'target':8} {'queries':>7} {'median ms':>9} {'p95 ms':>8} "
        f"{'JSON KB':>8} {'req/s':>7} {'RSS MB':>7}  vs ours (median latency, queries)"
    )
    lines = [header, "-" * len(header)]
    for row in sorted(
        rows, key=lambda r: (r["operation"] != "listing", r["n"], TARGETS.index(r["target"]))
    ):
        ours = find(
            rows, backend=row["backend"], n=row["n"], operation=row["operation"], target="ours"
        )
        versus = ""
        if row["target"] != "ours":
            versus = (
                f"{row['target']}/ours = {ratio(row['median_ms'], ours['median_ms'])}, "
                f"{ratio(row['queries'], ours['queries'])} queries"
                if ours
                else "ours unavailable"
            )
        lines.append(
            f"{row['operation']:8} {row['n']:>5} {row['target']:8} {row['queries']:>7} "
            f"{fmt(row['median_ms']):>9} {fmt(row['p95_ms']):>8} {row['json_bytes'] / 1024:>8.1f} "
            f"{fmt(row.get('rps')):>7} {fmt(row.get('rss_max_process_mb'), 0):>7}  {versus}"
        )
    return lines


def cache_lines(run: dict) -> list[str]:
    lines = []
    for row in run["rows"]:
        cached = row.get("cached")
        if not cached:
            continue
        if "error" in cached:
            lines.append(f"  {row['target']} {row['operation']} N={row['n']}: {cached['error']}")
            continue
        hit = "" if cached["cache_hit"] else "  (NO cache hit: the cache is not wired in)"
        lines.append(
            f"  {row['target']:8} {row['operation']:8} N={row['n']:<5} uncached "
            f"{row['median_ms']:7.2f} ms, cached {cached['median_ms']:6.2f} ms, "
            f"{cached['queries']} queries: {row['median_ms'] / cached['median_ms']:.0f}x faster{hit}"
        )
    return lines


def verdict(holds: bool | None, detail: str) -> str:
    word = {True: "HOLDS", False: "MISSED", None: "UNKNOWN"}[holds]
    return f"{word:8}{detail}"


def target_lines(run: dict) -> list[str]:
    rows, unavailable = run["rows"], run.get("unavailable", {})
    ours_rows = [r for r in rows if r["target"] == "ours"]
    lines = []
    why = f" (ours unavailable: {unavailable.get('ours', 'not measured')})"
    if ours_rows:
        for operation in ("listing", "article"):
            counts = {r["n"]: r["queries"] for r in ours_rows if r["operation"] == operation}
            lines.append(verdict(len(set(counts.values())) == 1,
                                 f"ours {operation}: queries constant across N {counts}"))  # fmt: skip
    else:
        lines.append(verdict(None, "queries per request constant across N" + why))
    ours = find(rows, target="ours", operation="listing", n=100)
    for peer, limit in (("grapple", 0.5), ("rest", 1.0)):
        other = find(rows, target=peer, operation="listing", n=100)
        if ours and other:
            share = ours["median_ms"] / other["median_ms"]
            lines.append(
                verdict(
                    share <= limit,
                    f"listing N=100 median: ours = {share:.2f}x {peer} (target <= {limit}x)",
                )
            )
        else:
            lines.append(verdict(None, f"listing N=100 median <= {limit}x {peer}" + why))
    cached = (ours or {}).get("cached")
    if ours and cached and "error" not in cached:
        speedup = ours["median_ms"] / cached["median_ms"]
        detail = f"cached listing {speedup:.0f}x faster than uncached (target >= {CACHE_SPEEDUP}x)"
        if not cached["cache_hit"]:
            detail += "; no cache hit from /graphql/'s response cache"
        lines.append(verdict(cached["cache_hit"] and speedup >= CACHE_SPEEDUP, detail))
    else:
        lines.append(verdict(None, f"cached >= {CACHE_SPEEDUP}x faster than uncached" + why))
    loaded = [r for r in rows if r.get("rss_max_process_mb")]
    if loaded:
        peak = max(r["rss_max_process_mb"] for r in loaded)
        total = max(r["rss_max_total_mb"] for r in loaded)
        lines.append(verdict(peak < RSS_LIMIT_MB,
                             f"server RSS peak {peak:.0f} MB per process ({total:.0f} MB master + "
                             f"2 workers) through the load runs (target < {RSS_LIMIT_MB} MB)"))  # fmt: skip
    return lines


def render(runs: Iterable[dict]) -> str:
    out = []
    for run in runs:
        out += ["", f"== {run['backend']} ==", *table(run)]
        if run.get("unavailable"):
            out += [f"ours: unavailable ({run['unavailable']['ours']})"]
        out += ["", "Response cache (cms.api.cache), in-process:", *cache_lines(run)]
        for name, lines in run.get("hot_spots", {}).items():
            out += ["", f"{name} N=100, own time in s (pyinstrument, 3 uncached requests):"]
            out += [f"  {line}" for line in lines]
        out += ["", "Targets:", *(f"  {line}" for line in target_lines(run))]
    return "\n".join(out)
