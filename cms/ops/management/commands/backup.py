"""`manage.py backup --output DIR`: the database, every media object and a manifest
(cms/ops/backup.py; docs/operators/backups.md)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.ops.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Back up the database (pg_dump custom format) and every media object into DIR."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--output", type=Path, required=True, help="A new, empty directory.")

    def handle(self, *args, output: Path, **options) -> None:
        try:
            report = create_backup(output)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Backed up {format_counts(report.counts)} and {report.media_objects} media "
            f"objects ({report.media_bytes} bytes) into {output}."
        )


def format_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{count} {name}" for name, count in counts.items())
