"""Wagtail's `publish_scheduled`, replaced: the same work done as `run_scheduler --once` does
it, as the system, so a scheduled revision the publication rule never cleared stays
unpublished (a cron job written for Wagtail's command keeps working)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Publish due scheduled revisions and expire old pages (run_scheduler --once)."

    def handle(self, *args, **options) -> None:
        call_command("run_scheduler", once=True, stdout=self.stdout, stderr=self.stderr)
