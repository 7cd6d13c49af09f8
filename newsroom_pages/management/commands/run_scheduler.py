"""Publishes scheduled items and expires old ones in a loop; `make run` starts it beside
runserver. In production run it as a service, or `--once` from a cron job / systemd timer."""

import signal
import time

from django.core.management.base import BaseCommand
from django.db import OperationalError, close_old_connections

from cms.observability.collectors import SCHEDULER
from cms.observability.models import beat
from cms.preview.tokens import sweep_expired_previews
from newsroom_pages.scheduling import run_due_schedule, scheduler_ran


class Command(BaseCommand):
    help = (
        "Publish due scheduled revisions, unpublish expired pages, withhold or restore images "
        "whose licence window changed, sweep old previews."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--interval", type=float, default=30.0, help="Seconds between runs.")
        parser.add_argument("--once", action="store_true", help="Run once and exit (for cron).")

    def handle(self, *args, interval: float, once: bool, **options) -> None:
        # Started with `&` from make, SIGINT arrives ignored; Ctrl-C must still stop the loop.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        try:
            self._loop(interval, once)
        except KeyboardInterrupt:
            self.stdout.write("Scheduler stopped.")

    def _loop(self, interval: float, once: bool) -> None:
        while True:
            # A long-lived process outside the request cycle: drop a connection the database
            # closed (a restart) so the loop outlives a database outage instead of dying.
            if not once:
                close_old_connections()
            started = time.monotonic()
            try:
                run = run_due_schedule()
                swept = sweep_expired_previews()
                beat(SCHEDULER, time.monotonic() - started)
                scheduler_ran.send(sender=self.__class__)
            except OperationalError as error:
                if once:
                    raise
                self.stderr.write(f"Database unavailable, retrying: {error}")
                time.sleep(interval)
                continue
            if run or swept or once:
                self.stdout.write(
                    f"Published {len(run.published)}, expired {len(run.expired)}, "
                    f"refused {len(run.refused)} (see their history), licence windows changed "
                    f"for {len(run.licences)} image(s), swept {swept} preview(s)."
                )
            if once:
                return
            time.sleep(interval)
