"""The printed table, our API against each peer at full contract and at equal fields, the
fields compared side by side, cached responses through HTTP, and each target's verdict."""

from collections.abc import Iterable
from typing import Any

from .fields import side_by_side

OURS = "ours"
PEERS = ("rest-v2", "rest-v3", "grapple")
OPERATIONS = ("listing", "article")
TARGET_N = 100
LISTING_SHARE, ARTICLE_SHARE, FULL_ARTICLE_SHARE = 0.5, 0.8, 1.0
FULL_ARTICLE_PEER = "rest-v2"
CEILING_SHARE = 0.8  # cached req/s through HTTP against the ceiling view
RSS_LIMIT_MB = 300
CACHE_SPEEDUP = 20


def find(rows: list[dict], **match) -> dict | None:
    return next((r for r in rows if all(r.get(k) == v for k, v in match.items())), None)


def equal(peer: str) -> str:
    return f"{OURS}={peer}"


def fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def share(ours: dict | None, peer: dict | None) -> float | None:
    if not ours or not peer or not peer["median_ms"]:
        return None
    return ours["median_ms"] / peer["median_ms"]


def table(run: dict) -> list[str]:
    rows = run["rows"]
    header = (
        f"{'op':8} {'N':>5} {'fields':6} {'target':13} {'queries':>7} {'median ms':>9} "
        f"{'p95 ms':>8} {'JSON KB':>8} {'req/s':>7} {'RSS MB':>7}  median latency"
    )
    lines = [header, "-" * len(header)]
    for operation in OPERATIONS:
        for n in sorted({r["n"] for r in rows if r["operation"] == operation}):
            here = {r["target"]: r for r in rows if r["operation"] == operation and r["n"] == n}
            ours = here.get(OURS)
            for name in (OURS, *PEERS):
                if name in here:
                    ratio = share(ours, here[name]) if name != OURS else None
                    note = f"ours/{name} = {ratio:.2f}x" if ratio else ""
                    lines.append(_line(here[name], "full", note))
            for peer in PEERS:
                if peer in here and equal(peer) in here:
                    ratio = share(here[equal(peer)], here[peer])
                    lines.append(_line(here[peer], "equal", ""))
                    lines.append(_line(here[equal(peer)], "equal", f"ours/{peer} = {ratio:.2f}x"))
    return lines


def _line(row: dict, fields: str, note: str) -> str:
    return (
        f"{row['operation']:8} {row['n']:>5} {fields:6} {row['target']:13} {row['queries']:>7} "
        f"{fmt(row['median_ms']):>9} {fmt(row['p95_ms']):>8} {row['json_bytes'] / 1024:>8.1f} "
        f"{fmt(row.get('rps')):>7} {fmt(row.get('rss_max_process_mb'), 0):>7}  {note}"
    )


def field_lines(run: dict) -> list[str]:
    """What each peer returns and what our equal-field variant returns, from the payloads."""
    rows, lines = run["rows"], []
    for peer in PEERS:
        for operation in OPERATIONS:
            theirs = find(rows, target=peer, operation=operation)
            ours = find(rows, target=equal(peer), operation=operation)
            if not theirs or not ours or "fields" not in theirs or "fields" not in ours:
                continue
            compared = side_by_side(set(theirs["fields"]), set(ours["fields"]))
            lines.append(f"  {peer} {operation}: {len(compared['both'])} fields in both: "
                         f"{', '.join(compared['both'])}")  # fmt: skip
            for key, label in (("only_peer", f"only {peer}"), ("only_ours", "only ours")):
                if compared[key]:
                    lines.append(f"      {label}: {', '.join(compared[key])}")
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


def http_lines(run: dict) -> list[str]:
    lines = []
    for row in run["rows"]:
        figures = row.get("http_cached")
        if not figures:
            continue
        revalidation = figures["revalidation"]
        revalidated = (
            f"unavailable: {revalidation['unavailable']}"
            if "unavailable" in revalidation
            else f"{revalidation['rps']:.0f} req/s"
        )
        errors = figures["cached_non_2xx"] + figures["ceiling_non_2xx"]
        lines.append(
            f"  {row['target']} {row['operation']:8} N={row['n']:<5} uncached {fmt(row.get('rps'), 0)}"
            f" req/s; cached {figures['cached_rps']:.0f} req/s = "
            f"{fmt(figures['share_of_ceiling'], 2)}x the ceiling ({figures['ceiling_rps']:.0f} "
            f"req/s); 304 revalidations: {revalidated}"
            + ("" if figures["cache_hit"] else "; NO cache hit")
            + (f"; {errors} non-2xx answers" if errors else "")
        )
    return lines


def verdict(holds: bool | None, detail: str) -> str:
    word = {True: "HOLDS", False: "MISSES", None: "UNKNOWN"}[holds]
    return f"{word:8}{detail}"


def _share_verdict(ours: dict | None, peer: dict | None, limit: float, what: str, why: str):
    ratio = share(ours, peer)
    if ratio is None:
        return verdict(None, f"{what} <= {limit}x{why}")
    return verdict(ratio <= limit, f"{what}: {ratio:.2f}x (target <= {limit}x)")


def target_lines(run: dict) -> list[str]:
    rows, unavailable = run["rows"], run.get("unavailable", {})
    ours_rows = [r for r in rows if r["target"] == OURS]
    lines = []
    why = f" (ours unavailable: {unavailable.get(OURS, 'not measured')})"
    if ours_rows:
        for operation in OPERATIONS:
            counts = {r["n"]: r["queries"] for r in ours_rows if r["operation"] == operation}
            lines.append(verdict(len(set(counts.values())) == 1,
                                 f"ours {operation}: queries constant across N {counts}"))  # fmt: skip
    else:
        lines.append(verdict(None, "queries per request constant across N" + why))
    at = {"n": TARGET_N}
    for operation, limit in (("listing", LISTING_SHARE), ("article", ARTICLE_SHARE)):
        for peer in PEERS:
            reason = (
                f" ({unavailable[equal(peer)]})"
                if equal(peer) in unavailable
                else " (not measured)"
            )
            lines.append(_share_verdict(
                find(rows, target=equal(peer), operation=operation, **at),
                find(rows, target=peer, operation=operation, **at), limit,
                f"equal fields, {operation} N={TARGET_N} median, ours/{peer}", reason))  # fmt: skip
    lines.append(_share_verdict(
        find(rows, target=OURS, operation="article", **at),
        find(rows, target=FULL_ARTICLE_PEER, operation="article", **at), FULL_ARTICLE_SHARE,
        f"full-contract Article N={TARGET_N} median, ours/{FULL_ARTICLE_PEER} (equal-field)", why))  # fmt: skip
    ours = find(rows, target=OURS, operation="listing", **at)
    cached = (ours or {}).get("cached")
    if ours and cached and "error" not in cached:
        speedup = ours["median_ms"] / cached["median_ms"]
        detail = f"cached listing {speedup:.0f}x faster than uncached in-process (target >= {CACHE_SPEEDUP}x)"
        lines.append(verdict(cached["cache_hit"] and speedup >= CACHE_SPEEDUP, detail))
    else:
        lines.append(verdict(None, f"cached >= {CACHE_SPEEDUP}x faster than uncached" + why))
    for operation in OPERATIONS:
        figures = (find(rows, target=OURS, operation=operation, **at) or {}).get("http_cached")
        if not figures or figures["share_of_ceiling"] is None:
            lines.append(
                verdict(None, f"HTTP cached {operation} >= {CEILING_SHARE}x ceiling" + why)
            )
            continue
        clean = (
            figures["cache_hit"]
            and not figures["cached_non_2xx"]
            and not figures["ceiling_non_2xx"]
        )
        lines.append(verdict(clean and figures["share_of_ceiling"] >= CEILING_SHARE,
                             f"HTTP cached {operation} N={TARGET_N}: {figures['share_of_ceiling']:.2f}x "
                             f"the ceiling's req/s (target >= {CEILING_SHARE}x)"))  # fmt: skip
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
        for name, reason in run.get("unavailable", {}).items():
            out += [f"{name}: unavailable ({reason})"]
        out += ["", "Fields side by side (peer vs our equal-field variant):", *field_lines(run)]
        out += ["", "Response cache (cms.api.http.cache), in-process:", *cache_lines(run)]
        out += ["", "Through HTTP (gunicorn, 2 workers, wrk on loopback):", *http_lines(run)]
        for name, lines in run.get("hot_spots", {}).items():
            out += ["", f"{name} N={TARGET_N}, own time in s (pyinstrument, 3 uncached requests):"]
            out += [f"  {line}" for line in lines]
        out += ["", "Targets:", *(f"  {line}" for line in target_lines(run))]
    return "\n".join(out)
