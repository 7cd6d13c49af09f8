"""`python -m bench` (what `make bench` runs): every backend, every N, every target.

Each backend runs in its own process (`bench.run_backend`); this process only starts the
databases, collects the JSON, prints the table and draws the chart.
"""

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from .chart import draw
from .postgresql import throwaway_postgresql
from .report import render
from .search import lines as search_lines

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SQLITE_FILE = ROOT / "var" / "bench" / "bench.sqlite3"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--sizes", default="20,100,1000")
    parser.add_argument("--repeats", default="20")
    parser.add_argument("--load-seconds", default="3")
    parser.add_argument("--chart", default=str(ROOT / "docs" / "bench.png"))
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    runs = [run_backend(backend, args) for backend in args.backends.split(",")]
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    document = {"created": stamp, "seconds": round(time.monotonic() - started), "runs": runs}
    for path in (RESULTS / f"bench-{stamp}.json", RESULTS / "latest.json"):
        path.write_text(json.dumps(document, indent=2))
    draw(runs, Path(args.chart))
    print(render(runs))
    print("\n".join(search_lines(runs)))
    print(f"\nJSON: {RESULTS / f'bench-{stamp}.json'}  chart: {args.chart}  "
          f"profiles: {RESULTS}/profile-*.txt  ({document['seconds']} s)")  # fmt: skip


def run_backend(backend: str, args: argparse.Namespace) -> dict:
    out = RESULTS / f"run-{backend}.json"
    if backend == "sqlite":
        SQLITE_FILE.parent.mkdir(parents=True, exist_ok=True)
        SQLITE_FILE.unlink(missing_ok=True)
        measure(backend, f"sqlite:///{SQLITE_FILE}", out, args)
    elif backend == "postgresql":
        with throwaway_postgresql() as url:
            measure(backend, url, out, args)
    else:
        raise SystemExit(f"unknown backend {backend!r}: use sqlite and/or postgresql")
    return json.loads(out.read_text())


def measure(backend: str, url: str, out: Path, args: argparse.Namespace) -> None:
    print(f"[{backend}] migrating and seeding", flush=True)
    command = [sys.executable, "-m", "bench.run_backend", "--backend", backend,
               "--database-url", url, "--sizes", args.sizes, "--repeats", args.repeats,
               "--load-seconds", args.load_seconds, "--out", str(out)]  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
