"""`make stack-load`: req/s and p50/p95/p99 through nginx for the listing and an article,
answered from the response cache or computed, by one or two app instances, with API reads on
the replica or on the primary; then the edge: persisted GETs answered by nginx's own cache
against nginx serving the same bytes as a static file (goal: >= 0.5x its req/s). Writes
bench/results/stack-load.json and docs/stack-load.png; `--edge-only` measures the edge alone."""

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

from cms.api.http.contract import documents
from cms.api.http.persisted import operation_id

from .nginx import write_config
from .processes import Process, free_port
from .supervisor import ROOT, Stack
from .wrk import run_wrk, run_wrk_get

SECONDS = 10
WARMUP_SECONDS = 15
EDGE_SHARE = 0.5  # a cached persisted GET through nginx against nginx's static file
RESULTS = ROOT / "bench" / "results" / "stack-load.json"
CHART = ROOT / "docs" / "stack-load.png"


def operations(stack: Stack) -> dict[str, tuple[str, dict]]:
    import requests

    listing = documents()["NewsListing"]
    article = documents()["Article"]
    response = requests.post(
        stack.url + "/graphql/", json={"query": listing, "variables": {"first": 1}}, timeout=30
    )
    path = response.json()["data"]["newsItems"]["edges"][0]["node"]["urlPath"]
    return {"listing": (listing, {"first": 20}), "article": (article, {"urlPath": path})}


def single_instance_nginx(stack: Stack) -> str:
    directory = stack.directory / "nginx-single"
    port = free_port()
    config = write_config(directory, port, stack.app_ports[:1], as_root=stack.as_root)
    argv = ["nginx", "-c", str(config), "-p", str(directory), "-g", "daemon off;"]
    process = Process("nginx-single", argv, stack.directory / "nginx-single.log", port=port)
    stack.processes["nginx-single"] = process
    process.start()
    return f"http://127.0.0.1:{port}"


def measure(stack: Stack, log=print) -> list[dict]:
    ops = operations(stack)
    entry_points = {2: stack.url, 1: single_instance_nginx(stack)}
    rows = []
    for replica in (True, False):
        stack.restart_apps(DATABASE_REPLICA_URL=stack.replica.url if replica else "")
        for url in entry_points.values():  # every gunicorn worker loads Django on first use
            for query, variables in ops.values():
                run_wrk(url, query, variables, unique=True, seconds=WARMUP_SECONDS)
        for instances, url in entry_points.items():
            for name, (query, variables) in ops.items():
                for cached in (True, False):
                    run_wrk(url, query, variables, unique=not cached, seconds=2)  # warm-up
                    figures = run_wrk(url, query, variables, unique=not cached, seconds=SECONDS)
                    row = {"operation": name, "cached": cached, "instances": instances,
                           "replica": replica, **figures}  # fmt: skip
                    log(json.dumps(row))
                    rows.append(row)
    return rows


def persisted_path(query: str, variables: dict) -> str:
    named = {"id": operation_id(query.rstrip("\n")), "variables": json.dumps(variables)}
    return "/graphql/?" + urlencode(named)


def measure_edge(stack: Stack, log=print) -> list[dict]:
    """Each operation as a frontend GETs it, answered by nginx's cache, against the same bytes
    served by nginx from a file (`/stack-static/`), alternated so load elsewhere weighs alike."""
    import requests

    rows = []
    for name, (query, variables) in operations(stack).items():
        path = persisted_path(query, variables)
        answer = requests.get(stack.url + path, headers={"Accept": "application/json"}, timeout=30)
        answer.raise_for_status()
        (stack.directory / "stack-static" / f"{name}.json").write_bytes(answer.content)
        static = f"/stack-static/{name}.json"
        for warm in (path, static):
            run_wrk_get(stack.url, warm, seconds=2)
        edge_runs = [
            run_wrk_get(stack.url, p, seconds=SECONDS) for p in (path, static, static, path)
        ]
        edge, ceiling = edge_runs[0::3], edge_runs[1:3]
        hit = requests.get(stack.url + path, headers={"Accept": "application/json"}, timeout=30)
        row = {
            "operation": name,
            "edge_rps": round(sum(r["rps"] for r in edge) / 2, 1),
            "static_rps": round(sum(r["rps"] for r in ceiling) / 2, 1),
            "errors": sum(r["errors"] for r in edge_runs),
            "x_cache_status": hit.headers.get("X-Cache-Status"),
            "bytes": len(answer.content),
        }
        row["share_of_static"] = round(row["edge_rps"] / row["static_rps"], 3)
        log(edge_verdict(row))
        rows.append(row)
    return rows


def edge_verdict(row: dict) -> str:
    holds = row["share_of_static"] >= EDGE_SHARE and not row["errors"]
    return (
        f"{'HOLDS' if holds else 'MISSES':8}edge-cached persisted GET {row['operation']}: "
        f"{row['edge_rps']:.0f} req/s = {row['share_of_static']:.2f}x nginx serving the same "
        f"{row['bytes']} bytes as a file ({row['static_rps']:.0f} req/s; target >= "
        f"{EDGE_SHARE}x; X-Cache-Status {row['x_cache_status']}, {row['errors']} errors)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edge-only", action="store_true")
    args = parser.parse_args()
    directory = Path(tempfile.mkdtemp(prefix="newsroom-stack-load-"))
    stack = Stack(directory)
    try:
        stack.start()
        started = time.time()
        rows = [] if args.edge_only else measure(stack)
        edge = measure_edge(stack)
    finally:
        stack.stop()
        shutil.rmtree(directory, ignore_errors=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    measured_at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started))
    if args.edge_only:  # the other rows stay as last measured
        document = json.loads(RESULTS.read_text()) if RESULTS.exists() else {"rows": []}
        rows = document["rows"]
        document |= {"edge": edge, "edge_measured_at": measured_at}
    else:
        document = {
            "measured_at": measured_at,
            "seconds_per_run": SECONDS,
            "wrk": "2 threads, 8 connections, through nginx",
            "gunicorn": f"{stack.gunicorn_workers} workers x 4 threads per instance",
            "rows": rows,
            "edge": edge,
        }
    RESULTS.write_text(json.dumps(document, indent=2) + "\n")
    from .chart import draw_load

    draw_load(rows, CHART)
    print(f"Wrote {RESULTS.relative_to(ROOT)} and {CHART.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
