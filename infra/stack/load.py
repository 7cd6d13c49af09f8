"""`make stack-load`: req/s and p50/p95/p99 through nginx for the listing and an article,
answered from the response cache or computed, by one or two app instances, with API reads on
the replica or on the primary. Writes bench/results/stack-load.json and docs/stack-load.png."""

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from cms.api.http.contract import documents

from .nginx import write_config
from .processes import Process, free_port
from .supervisor import ROOT, Stack
from .wrk import run_wrk

SECONDS = 10
WARMUP_SECONDS = 15
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


def main() -> int:
    directory = Path(tempfile.mkdtemp(prefix="newsroom-stack-load-"))
    stack = Stack(directory)
    try:
        stack.start()
        started = time.time()
        rows = measure(stack)
    finally:
        stack.stop()
        shutil.rmtree(directory, ignore_errors=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "seconds_per_run": SECONDS,
        "wrk": "2 threads, 8 connections, through nginx",
        "gunicorn": f"{stack.gunicorn_workers} workers x 4 threads per instance",
        "rows": rows,
    }, indent=2) + "\n")  # fmt: skip
    from .chart import draw_load

    draw_load(rows, CHART)
    print(f"Wrote {RESULTS.relative_to(ROOT)} and {CHART.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
