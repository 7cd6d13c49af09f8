"""`manage.py sweep_orphan_media`: delete stored media files that no row points at.

Run it from cron (e.g. hourly). See cms/media/orphans.py for why orphans can appear."""

import datetime

from django.core.management.base import BaseCommand

from cms.media.orphans import sweep_orphans


class Command(BaseCommand):
    help = "Delete media files in storage that no image, rendition or document refers to."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--older-than",
            type=int,
            default=60,
            metavar="MINUTES",
            help="Only files last written at least this long ago (default 60): newer ones "
            "may belong to an upload that is still being saved.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="List the orphans without deleting them."
        )

    def handle(self, *args, older_than: int, dry_run: bool, **options) -> None:
        orphans = sweep_orphans(older_than=datetime.timedelta(minutes=older_than), dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        for name in orphans:
            self.stdout.write(f"{verb} {name}")
        self.stdout.write(f"{verb} {len(orphans)} orphaned media file(s).")
