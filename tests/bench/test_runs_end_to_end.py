"""`make bench` itself runs: its URLconf, every peer and our variants answer, and the report
renders, on a tiny newsroom (the unit tests beside this one cannot see a broken URLconf or a
changed measuring function, as a merge once left it)."""

import json
import subprocess
import sys
from pathlib import Path

from bench.report import render

ROOT = Path(__file__).resolve().parents[2]


def test_one_backend_measures_every_target_and_the_report_renders(tmp_path):
    out = tmp_path / "run.json"
    command = [
        sys.executable, "-m", "bench.run_backend", "--backend", "sqlite",
        "--database-url", f"sqlite:///{tmp_path / 'bench.sqlite3'}", "--sizes", "3",
        "--repeats", "1", "--warmup", "1", "--load-seconds", "1", "--out", str(out),
    ]  # fmt: skip
    finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr[-3000:]
    run = json.loads(out.read_text())

    assert run["unavailable"] == {}
    measured = {(row["target"], row["operation"]) for row in run["rows"]}
    targets = ["ours", "rest-v2", "rest-v3", "grapple", "ours=rest-v2", "ours=rest-v3"]
    assert {(t, op) for t in targets for op in ("listing", "article")} <= measured
    assert ("floor", "listing") in measured
    assert all(row["median_ms"] > 0 for row in run["rows"])
    assert "Targets:" in render([run])
