"""docs/stack-load.png and docs/stack-soak.png from the figures in bench/results/."""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt


def _label(row: dict) -> str:
    return (
        f"{row['operation']}\n{'cached' if row['cached'] else 'computed'}\n"
        f"{row['instances']} inst., {'replica' if row['replica'] else 'primary'}"
    )


def draw_load(rows: list[dict], path: Path) -> None:
    figure, (rps_axis, latency_axis) = plt.subplots(2, 1, figsize=(16, 9))
    labels = [_label(row) for row in rows]
    positions = range(len(rows))
    colours = ["tab:green" if row["cached"] else "tab:red" for row in rows]
    rps_axis.bar(positions, [row["rps"] for row in rows], color=colours)
    rps_axis.set_ylabel("requests per second")
    rps_axis.set_title("Through nginx on loopback (wrk, 8 connections); green: cache hit")
    width = 0.27
    for offset, key in ((-width, "p50_ms"), (0, "p95_ms"), (width, "p99_ms")):
        latency_axis.bar([p + offset for p in positions], [row[key] for row in rows], width,
                         label=key.removesuffix("_ms"))  # fmt: skip
    latency_axis.set_yscale("log")
    latency_axis.set_ylabel("latency (ms, log scale)")
    latency_axis.legend()
    for axis in (rps_axis, latency_axis):
        axis.set_xticks(list(positions), labels, fontsize=7)
        axis.grid(True, axis="y", alpha=0.3)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=90)
    plt.close(figure)


def draw_soak(minutes: list[dict], path: Path) -> None:
    figure, (rss_axis, latency_axis) = plt.subplots(2, 1, figsize=(10, 7), sharex=True)
    x = [m["minute"] for m in minutes]
    for name in minutes[0]["rss_mb"]:
        rss_axis.plot(x, [m["rss_mb"][name] for m in minutes], marker="o", label=name)
    rss_axis.set_ylabel("RSS per instance (MB)")
    rss_axis.legend()
    latency_axis.plot(x, [m["p99_ms"] for m in minutes], marker="o", label="p99")
    latency_axis.plot(x, [m["p50_ms"] for m in minutes], marker="o", label="p50")
    latency_axis.set_yscale("log")  # the first (warm-up) minute would flatten the rest
    latency_axis.set_ylabel("latency (ms, log scale)")
    latency_axis.set_xlabel("minute (RSS drops: gunicorn recycling a worker)")
    latency_axis.legend()
    for axis in (rss_axis, latency_axis):
        axis.grid(True, alpha=0.3)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=90)
    plt.close(figure)
