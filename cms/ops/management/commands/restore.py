"""`manage.py restore --input DIR [--force]`: a backup made by `manage.py backup` into an
empty database and media storage, then the search index rebuilt (cms/ops/backup.py)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.ops.backup import BackupError, restore_backup

from .backup import format_counts


class Command(BaseCommand):
    help = "Restore a backup directory into an empty database and media storage."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--input", type=Path, required=True, help="A backup directory.")
        parser.add_argument(
            "--force", action="store_true", help="Replace what a non-empty target holds."
        )

    def handle(self, *args, input: Path, force: bool, **options) -> None:
        try:
            report = restore_backup(input, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Restored {format_counts(report.counts)} and {report.media_objects} media objects "
            f"({report.media_bytes} bytes); search index rebuilt."
        )
