"""One database backend: migrate, then for each N seed, measure in-process, and load-test.

Run by `python -m bench` in its own process per backend, because Wagtail chooses some field
types from the database vendor at import time: one process cannot switch databases.
"""

import argparse
import json
import os
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"
OPERATIONS = ("listing", "article")
MAX_PAGE_SIZE = 100


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--backend", required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--sizes", default="20,100,1000")
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--load-seconds", type=int, default=3)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    os.environ["BENCH_DATABASE_URL"] = args.database_url

    import django

    django.setup()
    result = BackendRun(args).run()
    Path(args.out).write_text(json.dumps(result, indent=2))


class BackendRun:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.rows: list[dict[str, Any]] = []
        self.unavailable: dict[str, str] = {}
        self.hot_spots: dict[str, list[str]] = {}
        self.payloads: dict[tuple[str, str], Any] = {}

    def run(self) -> dict[str, Any]:
        from django.core.management import call_command

        from .targets import FLOOR, PEERS, Unavailable, ours_as, ours_target

        call_command("migrate", verbosity=0, interactive=False)
        self.targets = [*PEERS, FLOOR]
        for name, build in [("ours", ours_target)] + [
            (f"ours={peer.name}", lambda peer=peer: ours_as(peer.name)) for peer in PEERS
        ]:
            try:
                self.targets.append(build())
            except Unavailable as reason:
                self.unavailable[name] = str(reason)
        for size in (int(n) for n in self.args.sizes.split(",")):
            self.run_size(size)
        result = {
            "backend": self.args.backend,
            "rows": self.rows,
            "unavailable": self.unavailable,
            "hot_spots": self.hot_spots,
        }
        if self.args.backend == "postgresql":
            from . import search

            print(f"[{self.args.backend}] search at {search.SEARCH_ITEMS} items", flush=True)
            result["search"] = search.run(self.args.repeats, self.args.warmup)
        return result

    def run_size(self, size: int) -> None:
        from .seed import seed_newsroom

        seed_newsroom(size)
        sample = sample_for(size)
        print(f"[{self.args.backend}] N={size}: measuring in-process", flush=True)
        measured = []
        for target in list(self.targets):
            for operation in OPERATIONS:
                row = self.measure(target, operation, sample, size)
                if row is not None:
                    measured.append((target, operation, row))
        measured = [(t, op, row) for t, op, row in measured if t in self.targets]
        self.check_floor(size)
        self.time_rows(measured, sample, size)
        self.profile(sample, size)
        print(f"[{self.args.backend}] N={size}: load through gunicorn", flush=True)
        self.load(measured, sample)

    def measure(self, target, operation: str, sample, size: int) -> dict[str, Any] | None:
        from .fields import leaf_paths
        from .measure import BadResponse, measure_cached, measure_uncached

        if target not in self.targets or getattr(target, operation) is None:
            return None
        request = getattr(target, operation)(sample)
        try:
            figures = measure_uncached(request, self.args.warmup)
        except BadResponse as error:
            return self.drop(target, f"{operation} at N={size}: {error}")
        payload = figures.pop("payload")
        self.payloads[(target.name, operation)] = payload
        row = {"backend": self.args.backend, "n": size, "target": target.name,
               "peer": target.peer, "operation": operation, **figures,
               "fields": sorted(leaf_paths(payload))}  # fmt: skip
        if operation == "listing":
            try:
                row["items"] = target.listing_items(payload)
            except (KeyError, TypeError) as error:
                return self.drop(target, f"listing response has no item list ({error!r})")
        if target.cached_path:
            try:
                row["cached"] = measure_cached(request, target.cached_path, self.repeats(size))
            except BadResponse as error:
                row["cached"] = {"error": str(error)}
        self.rows.append(row)
        return row

    def check_floor(self, size: int) -> None:
        """The floor must return exactly what our listing returns, or it measures less work."""
        from .targets import FLOOR, FLOOR_SAME_AS

        floor = self.payloads.pop((FLOOR.name, "listing"), None)
        ours = self.payloads.get((FLOOR_SAME_AS, "listing"))
        if floor is not None and ours is not None and floor != ours:
            raise RuntimeError(f"the floor's listing at N={size} differs from ours")
        self.payloads.clear()

    def repeats(self, size: int) -> int:
        return self.args.repeats if size < MAX_PAGE_SIZE else max(5, self.args.repeats // 2)

    def time_rows(self, measured, sample, size: int) -> None:
        """Latency of every target, one operation at a time, interleaved (see `measure`)."""
        from .measure import interleaved_timings

        for operation in OPERATIONS:
            rows = {t.name: (t, row) for t, op, row in measured if op == operation}
            requests = {name: getattr(t, operation)(sample) for name, (t, _row) in rows.items()}
            for name, figures in interleaved_timings(requests, self.repeats(size)).items():
                rows[name][1].update(figures)

    def drop(self, target, reason: str) -> None:
        if not target.is_ours:
            raise RuntimeError(f"peer {target.name} failed: {reason}")
        self.unavailable[target.name] = reason
        self.targets.remove(target)
        self.rows[:] = [row for row in self.rows if row["target"] != target.name]
        return None

    def profile(self, sample, size: int) -> None:
        """pyinstrument profiles of each target's operations at N=100, uncached: where the
        time goes (own time per function first, then the whole call tree)."""
        if size != 100:
            return
        from django.test import Client, override_settings
        from pyinstrument import Profiler

        from .measure import send

        RESULTS_DIR.mkdir(exist_ok=True)
        for target in self.targets:
            for operation in OPERATIONS:
                if getattr(target, operation) is None:
                    continue
                client, request = Client(), getattr(target, operation)(sample)
                profiler = Profiler(interval=0.0005)
                with override_settings(NEWSROOM_API_CACHE_ENABLED=False):
                    send(client, request)
                    with profiler:
                        for _ in range(3):
                            send(client, request)
                own_time = profiler.output_text(flat=True, flat_time="self")
                name = f"profile-{self.args.backend}-{target.name}-{operation}-n{size}.txt"
                (RESULTS_DIR / name).write_text(
                    own_time + "\n" + profiler.output_text(show_all=True)
                )
                if target.is_ours:
                    self.hot_spots[f"{target.name} {operation}"] = hot_spots(own_time)

    def load(self, measured, sample) -> None:
        """Uncached req/s of the full-contract targets (equal-field variants are compared
        in-process), then ours cached, against the ceiling, and revalidated, on a second
        server with the response cache on."""
        from .cached_http import cached_figures
        from .load import load, load_seconds, running_server

        through_http = [(t, op, row) for t, op, row in measured if t in self.targets and not t.peer]
        with running_server(self.args.database_url) as server:
            for target, operation, row in through_http:
                seconds = load_seconds(self.args.load_seconds, row["median_ms"])
                row.update(load(server, getattr(target, operation)(sample), seconds))
        ours = [(t, op, row) for t, op, row in through_http if t.cached_path == "/graphql/"]
        if not ours:
            return
        with running_server(self.args.database_url, cache=True) as server:
            for target, operation, row in ours:
                request = getattr(target, operation)(sample)
                row["http_cached"] = cached_figures(server, request, self.args.load_seconds)


def hot_spots(flat_profile: str, count: int = 4) -> list[str]:
    """The first lines of a flat own-time profile: `seconds  function  file:line`."""
    lines = [line.strip() for line in flat_profile.splitlines()]
    return [line for line in lines if line[:1].isdigit()][:count]


def sample_for(size: int):
    from wagtail.models import Site

    from newsroom_pages.pages import NewsItemPage

    from .targets import Sample

    newest = NewsItemPage.objects.order_by("-publication_date", "-pk").first()
    root_path = Site.objects.get(is_default_site=True).root_page.url_path
    return Sample(
        page_size=min(size, MAX_PAGE_SIZE),
        article_id=newest.pk,
        article_path="/" + newest.url_path.removeprefix(root_path),
        article_url_path=newest.url_path,
    )


if __name__ == "__main__":
    main()
