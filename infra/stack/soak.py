"""`make soak`: ten minutes at a fixed request rate through nginx, mixing the listing, articles,
searches and preview pages; per minute: requests, errors, p50/p99 and each instance's RSS.
Passes when RSS grows < 10% after the first (warm-up) minute, nothing fails and p99 stays
within 3x its median. Writes bench/results/stack-soak.json and docs/stack-soak.png."""

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import requests

from cms.api.http.contract import documents

from .supervisor import ROOT, Stack

RESULTS = ROOT / "bench" / "results" / "stack-soak.json"
CHART = ROOT / "docs" / "stack-soak.png"
SEARCHES = ["Libya", "detention", "Tripoli", "migrants", "court", "journalists", "flood"]


class Mix:
    def __init__(self, stack: Stack) -> None:
        self.base = stack.url
        self.listing = documents()["NewsListing"]
        self.article = documents()["Article"]
        self.filtered = documents()["FilteredNewsListing"]
        edges = self._post(self.listing, {"first": 20}).json()["data"]["newsItems"]["edges"]
        self.paths = [edge["node"]["urlPath"] for edge in edges]
        token = stack.shell(
            "from newsroom_pages.pages import NewsItemPage\n"
            "page = NewsItemPage.objects.live().specific().first()\n"
            "print(page.create_page_preview().token)\n"
        )
        self.preview_token = token.strip().splitlines()[-1]

    def _post(self, query: str, variables: dict) -> requests.Response:
        body = {"query": query, "variables": variables}
        return requests.post(self.base + "/graphql/", json=body, timeout=30)

    def one(self, rng: random.Random) -> tuple[str, int, bool]:
        roll = rng.random()
        if roll < 0.4:
            kind, response = "listing", self._post(self.listing, {"first": rng.choice([10, 20])})
        elif roll < 0.7:
            kind, response = (
                "article",
                self._post(self.article, {"urlPath": rng.choice(self.paths)}),
            )
        elif roll < 0.9:
            kind = "search"
            response = self._post(self.filtered, {"search": rng.choice(SEARCHES)})
        else:
            kind = "preview"
            url = f"{self.base}/preview/?token={self.preview_token}"
            response = requests.get(url, timeout=30)
        failed = response.status_code != 200 or (
            kind != "preview" and bool(response.json().get("errors"))
        )
        return kind, response.status_code, failed


def instance_rss_mb(stack: Stack) -> dict[str, float]:
    sizes = {}
    for number in range(1, stack.instances + 1):
        master = psutil.Process(stack.processes[f"app-{number}"].popen.pid)
        members = [master, *master.children(recursive=True)]
        sizes[f"app-{number}"] = round(sum(p.memory_info().rss for p in members) / 2**20, 1)
    return sizes


def soak(stack: Stack, minutes: int, rate: float) -> list[dict]:
    mix = Mix(stack)
    samples: list[tuple[float, float, bool]] = []  # (start, seconds, failed)
    lock = threading.Lock()
    rng = random.Random(15)

    def fire(seed: int) -> None:
        started = time.monotonic()
        try:
            _kind, _status, failed = mix.one(random.Random(seed))
        except requests.RequestException:
            failed = True
        with lock:
            samples.append((started, time.monotonic() - started, failed))

    began = time.monotonic()
    results = []
    with ThreadPoolExecutor(64) as pool:
        for minute in range(1, minutes + 1):
            end = began + minute * 60
            tick = time.monotonic()
            while tick < end:
                pool.submit(fire, rng.randrange(2**32))
                tick += 1 / rate
                time.sleep(max(0.0, tick - time.monotonic()))
            with lock:
                window = [s for s in samples if end - 60 <= s[0] < end]
            latencies = sorted(s[1] * 1000 for s in window)
            row = {
                "minute": minute,
                "requests": len(window),
                "errors": sum(s[2] for s in window),
                "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
                "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1], 1)
                if latencies
                else None,
                "rss_mb": instance_rss_mb(stack),
            }
            print(json.dumps(row), flush=True)
            results.append(row)
    return results


def verdict(minutes: list[dict]) -> dict:
    warm, last = minutes[0]["rss_mb"], minutes[-1]["rss_mb"]
    growth = {name: round(100 * (last[name] - warm[name]) / warm[name], 1) for name in warm}
    p99s = [m["p99_ms"] for m in minutes[1:] if m["p99_ms"] is not None]
    errors = sum(m["errors"] for m in minutes)
    stable = bool(p99s) and max(p99s) <= 3 * statistics.median(p99s)
    return {
        "rss_growth_percent_after_warmup": growth,
        "errors": errors,
        "p99_max_over_median": round(max(p99s) / statistics.median(p99s), 2) if p99s else None,
        "passed": all(g < 10 for g in growth.values()) and errors == 0 and stable,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=int, default=10)
    parser.add_argument("--rate", type=float, default=20.0, help="requests per second")
    args = parser.parse_args()
    directory = Path(tempfile.mkdtemp(prefix="newsroom-soak-"))
    stack = Stack(directory)
    try:
        stack.start()
        minutes = soak(stack, args.minutes, args.rate)
    finally:
        stack.stop()
        shutil.rmtree(directory, ignore_errors=True)
    summary = verdict(minutes)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "rate_per_second": args.rate,
        "mix": "40% listing, 30% article, 20% search, 10% preview page",
        "minutes": minutes,
        "verdict": summary,
    }, indent=2) + "\n")  # fmt: skip
    from .chart import draw_soak

    draw_soak(minutes, CHART)
    print(json.dumps(summary))
    return 0 if summary["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
