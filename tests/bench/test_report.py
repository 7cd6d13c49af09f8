"""The bench states whether each target of issue 8 holds, from the measured rows."""

from bench.report import render, target_lines


def row(target, operation="listing", n=100, queries=5, median_ms=10.0, **extra):
    return {"backend": "sqlite", "n": n, "target": target, "operation": operation,
            "queries": queries, "median_ms": median_ms, "p95_ms": median_ms, "json_bytes": 1000,
            **extra}  # fmt: skip


def verdicts(rows, unavailable=None) -> list[str]:
    return target_lines({"backend": "sqlite", "rows": rows, "unavailable": unavailable or {}})


def test_every_target_is_unknown_while_ours_is_unavailable():
    lines = verdicts([row("rest"), row("grapple")], {"ours": "no operations yet"})
    assert all(line.startswith("UNKNOWN") for line in lines)
    assert "no operations yet" in lines[0]


def test_constant_queries_across_n_hold_and_growing_queries_are_missed():
    rows = [row("ours", n=n, queries=4) for n in (20, 100, 1000)]
    rows += [row("ours", "article", n=n, queries=n) for n in (20, 100, 1000)]
    lines = verdicts(rows)
    assert lines[0].startswith("HOLDS") and "listing" in lines[0]
    assert lines[1].startswith("MISSED") and "article" in lines[1]


def test_the_latency_targets_compare_ours_with_each_peer_at_n_100():
    rows = [row("ours", median_ms=6.0), row("grapple", median_ms=10.0), row("rest", median_ms=7.0)]
    lines = verdicts(rows)
    assert any(line.startswith("MISSED") and "0.60x grapple" in line for line in lines)
    assert any(line.startswith("HOLDS") and "0.86x rest" in line for line in lines)


def test_the_cache_target_needs_a_real_hit_twenty_times_faster():
    cached = {"cache_hit": True, "queries": 0, "median_ms": 0.4, "p95_ms": 0.5}
    assert any(
        line.startswith("HOLDS") and "25x" in line
        for line in verdicts([row("ours", cached=cached)])
    )
    missed = {**cached, "cache_hit": False}
    assert any(
        line.startswith("MISSED") and "cached" in line
        for line in verdicts([row("ours", cached=missed)])
    )


def test_memory_over_300_mb_in_any_server_process_is_missed():
    rows = [row("rest", rss_max_process_mb=310.0, rss_max_total_mb=600.0)]
    assert verdicts(rows)[-1].startswith("MISSED")


def test_the_table_prints_ratios_against_ours():
    text = render([{"backend": "sqlite", "rows": [row("ours"), row("grapple", median_ms=34.0)]}])
    assert "grapple/ours = 3.4x" in text
