"""Publishes scheduled items and expires old ones in a loop; `make run` starts it beside
runserver. In production run it as a service, or `--once` from a cron job / systemd timer."""

import time

from django.core.management.base import BaseCommand

from cms.preview.tokens import sweep_expired_previews
from newsroom_pages.scheduling import run_due_schedule


class Command(BaseCommand):
    help = "Publish due scheduled revisions, unpublish expired pages, sweep old previews."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--interval", type=float, default=30.0, help="Seconds between runs.")
        parser.add_argument("--once", action="store_true", help="Run once and exit (for cron).")

    def handle(self, *args, interval: float, once: bool, **options) -> None:
        while True:
            run = run_due_schedule()
            swept = sweep_expired_previews()
            if run or swept or once:
                self.stdout.write(
                    f"Published {len(run.published)}, expired {len(run.expired)}, "
                    f"swept {swept} preview(s)."
                )
            if once:
                return
            time.sleep(interval)
