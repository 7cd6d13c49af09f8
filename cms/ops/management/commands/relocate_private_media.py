"""`manage.py relocate_private_media`: delete every rendition stored on the wrong side of the
private prefix (a public copy of an image in a restricted collection, a private copy of a
public one), to be regenerated in the right place on next use. Run once when deploying
private renditions (older renditions of restricted images sit under `images/`); afterwards
every move relocates by itself (cms.media.placement) and `media_bucket_policy --check`
reports anything left."""

from django.core.management.base import BaseCommand
from django.db import transaction

from cms.media.placement import misplaced_renditions, relocate_renditions


class Command(BaseCommand):
    help = "Delete renditions stored on the wrong side of private/ (they are regenerated)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="List them, delete nothing.")

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        if dry_run:
            for name in misplaced_renditions().values_list("file", flat=True):
                self.stdout.write(f"Would delete {name}")
            return
        with transaction.atomic():
            count = relocate_renditions()
        self.stdout.write(f"Deleted {count} misplaced rendition(s).")
