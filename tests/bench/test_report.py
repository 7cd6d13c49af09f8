"""The bench states whether each target of issues 8 and 19 holds, from the measured rows."""

from bench.report import render, target_lines


def row(target, operation="listing", n=100, queries=5, median_ms=10.0, **extra):
    peer = target.split("=", 1)[1] if "=" in target else None
    return {"backend": "sqlite", "n": n, "target": target, "peer": peer, "operation": operation,
            "queries": queries, "median_ms": median_ms, "p95_ms": median_ms, "json_bytes": 1000,
            **extra}  # fmt: skip


def verdicts(rows, unavailable=None) -> list[str]:
    return target_lines({"backend": "sqlite", "rows": rows, "unavailable": unavailable or {}})


def line_about(lines: list[str], *words: str) -> str:
    return next(line for line in lines if all(word in line for word in words))


def test_every_target_is_unknown_while_ours_is_unavailable():
    lines = verdicts([row("rest-v2"), row("grapple")], {"ours": "no operations yet"})
    assert all(line.startswith("UNKNOWN") for line in lines)
    assert "no operations yet" in lines[0]


def test_constant_queries_across_n_hold_and_growing_queries_are_missed():
    rows = [row("ours", n=n, queries=4) for n in (20, 100, 1000)]
    rows += [row("ours", "article", n=n, queries=n) for n in (20, 100, 1000)]
    lines = verdicts(rows)
    assert lines[0].startswith("HOLDS") and "listing" in lines[0]
    assert lines[1].startswith("MISSES") and "article" in lines[1]


def test_the_equal_field_listing_must_take_at_most_half_of_each_peers_latency():
    rows = [row("rest-v2", median_ms=10.0), row("ours=rest-v2", median_ms=5.0),
            row("grapple", median_ms=10.0), row("ours=grapple", median_ms=6.0)]  # fmt: skip
    lines = verdicts(rows)
    assert line_about(lines, "listing", "ours/rest-v2: 0.50x").startswith("HOLDS")
    assert line_about(lines, "listing", "ours/grapple: 0.60x").startswith("MISSES")


def test_the_equal_field_article_must_take_at_most_080_of_each_peers_latency():
    rows = [row("rest-v3", "article", median_ms=10.0), row("ours=rest-v3", "article", median_ms=8.0),
            row("grapple", "article", median_ms=10.0), row("ours=grapple", "article", median_ms=8.5)]  # fmt: skip
    lines = verdicts(rows)
    assert line_about(lines, "article", "ours/rest-v3: 0.80x").startswith("HOLDS")
    assert line_about(lines, "article", "ours/grapple: 0.85x").startswith("MISSES")


def test_the_full_article_is_held_to_rest_v2s_equal_field_article():
    rows = [row("ours", "article", median_ms=12.0), row("rest-v2", "article", median_ms=10.0)]
    assert line_about(verdicts(rows), "full-contract Article", "1.20x").startswith("MISSES")


def test_a_peer_without_our_equal_field_variant_is_unknown_with_the_reason():
    lines = verdicts(
        [row("rest-v3")], {"ours=rest-v3": "operations/ListingAsRestV3.graphql missing"}
    )
    assert line_about(lines, "listing", "rest-v3").startswith("UNKNOWN")
    assert "ListingAsRestV3.graphql missing" in line_about(lines, "listing", "rest-v3")


def test_the_uncached_listing_must_take_at_most_twice_the_floor():
    held = verdicts([row("ours", median_ms=20.0), row("floor", median_ms=10.0)])
    missed = verdicts([row("ours", median_ms=21.0), row("floor", median_ms=10.0)])
    assert line_about(held, "ours/floor: 2.00x").startswith("HOLDS")
    assert line_about(missed, "ours/floor: 2.10x").startswith("MISSES")


def test_the_floor_is_unknown_until_it_is_measured():
    assert line_about(verdicts([row("ours")]), "ours/floor").startswith("UNKNOWN")


def test_the_cache_target_needs_a_real_hit_twenty_times_faster():
    cached = {"cache_hit": True, "queries": 0, "median_ms": 0.4, "p95_ms": 0.5}
    assert line_about(verdicts([row("ours", cached=cached)]), "25x").startswith("HOLDS")
    missed = {**cached, "cache_hit": False}
    assert line_about(verdicts([row("ours", cached=missed)]), "in-process").startswith("MISSES")


def http(cached_rps, ceiling_rps, hit=True, revalidation=None):
    return {"cached_rps": cached_rps, "ceiling_rps": ceiling_rps, "cache_hit": hit,
            "cached_non_2xx": 0, "ceiling_non_2xx": 0,
            "share_of_ceiling": round(cached_rps / ceiling_rps, 3),
            "revalidation": revalidation or {"unavailable": "no ETag"}}  # fmt: skip


def test_cached_responses_through_http_must_reach_080_of_the_ceiling():
    held = verdicts([row("ours", http_cached=http(850.0, 1000.0))])
    assert line_about(held, "HTTP cached listing", "0.85x").startswith("HOLDS")
    missed = verdicts([row("ours", "article", http_cached=http(700.0, 1000.0))])
    assert line_about(missed, "HTTP cached article", "0.70x").startswith("MISSES")


def test_a_fast_answer_without_a_cache_hit_does_not_count_as_cached():
    lines = verdicts([row("ours", http_cached=http(990.0, 1000.0, hit=False))])
    assert line_about(lines, "HTTP cached listing").startswith("MISSES")


def test_revalidations_are_reported_unavailable_until_the_api_sends_etags():
    text = render(
        [{"backend": "sqlite", "rows": [row("ours", rps=40.0, http_cached=http(850.0, 1000.0))]}]
    )
    assert "304 revalidations: unavailable: no ETag" in text
    measured = http(850.0, 1000.0, revalidation={"rps": 1200.0, "non_2xx": 0})
    text = render([{"backend": "sqlite", "rows": [row("ours", http_cached=measured)]}])
    assert "304 revalidations: 1200 req/s" in text


def test_memory_over_300_mb_in_any_server_process_is_missed():
    rows = [row("rest-v2", rss_max_process_mb=310.0, rss_max_total_mb=600.0)]
    assert verdicts(rows)[-1].startswith("MISSES")


def test_the_table_shows_full_contract_and_equal_field_rows_with_ratios():
    rows = [row("ours", median_ms=10.0), row("grapple", median_ms=40.0),
            row("ours=grapple", median_ms=5.0)]  # fmt: skip
    text = render([{"backend": "sqlite", "rows": rows}])
    assert "full   grapple" in text and "ours/grapple = 0.25x" in text
    assert "equal  ours=grapple" in text and "ours/grapple = 0.12x" in text


def test_the_fields_of_a_peer_and_our_variant_are_printed_side_by_side():
    rows = [row("rest-v3", fields=["detail_url", "id", "title"]),
            row("ours=rest-v3", fields=["id", "title"])]  # fmt: skip
    text = render([{"backend": "sqlite", "rows": rows}])
    assert "rest-v3 listing: 2 fields in both: id, title" in text
    assert "only rest-v3: detail_url" in text
