"""docs/bench.png: median latency and SQL queries per request against N, per backend, for
the full-contract targets (the equal-field comparison is in the printed table)."""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

COLOURS = {
    "ours": "tab:red",
    "rest-v2": "tab:blue",
    "rest-v3": "tab:purple",
    "grapple": "tab:green",
}
STYLES = {"listing": "-", "article": "--"}


def draw(runs: list[dict], path: Path) -> None:
    figure, axes = plt.subplots(2, len(runs), figsize=(6 * len(runs), 8), squeeze=False)
    for column, run in enumerate(runs):
        for row_index, (metric, label) in enumerate((("median_ms", "median latency (ms)"),
                                                     ("queries", "SQL queries per request"))):  # fmt: skip
            axis = axes[row_index][column]
            for target in COLOURS:
                for operation in STYLES:
                    points = sorted((r["n"], r[metric]) for r in run["rows"]
                                    if r["target"] == target and r["operation"] == operation)  # fmt: skip
                    if points:
                        axis.plot(*zip(*points, strict=True), STYLES[operation], marker="o", color=COLOURS[target],
                                  label=f"{target} {operation}")  # fmt: skip
            axis.set_xscale("log")
            axis.set_xlabel("items in the newsroom (N); listing page = min(N, 100)")
            axis.set_ylabel(label)
            axis.set_title(f"{run['backend']}: {label}")
            axis.grid(True, alpha=0.3)
            if run.get("unavailable"):
                axis.text(0.02, 0.95, "ours: unavailable", transform=axis.transAxes, va="top")
            axis.legend(fontsize=8)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
    plt.close(figure)
