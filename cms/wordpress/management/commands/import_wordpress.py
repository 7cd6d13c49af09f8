"""`manage.py import_wordpress FILE.xml --user USERNAME`: see docs/editors/importing-wordpress.md."""

from __future__ import annotations

import sys
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cms.conf import newsroom
from cms.wordpress.importer import Importer, ImportRefused, Options
from cms.wordpress.mapping import KindMapError, parse_kind_map
from cms.wordpress.progress import terminal_progress


class Command(BaseCommand):
    help = "Import a WordPress export (WXR 1.0-1.2) into a locale's newsroom, idempotently."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path, help="The WXR file (Tools > Export in WordPress).")
        parser.add_argument(
            "--user", required=True, help="Username the import acts as (pages, publication)."
        )
        parser.add_argument("--dry-run", action="store_true", help="Write nothing; say what.")
        parser.add_argument("--locale", default=settings.LANGUAGE_CODE, help="Newsroom locale.")
        parser.add_argument(
            "--kind-map",
            nargs="*",
            default=[],
            metavar="CATEGORY=KIND",
            help="Posts in CATEGORY (slug or name) become KIND (REPORT, CAMPAIGN_VICTORY, ...).",
        )
        parser.add_argument("--media-dir", type=Path, help="A copy of wp-content/uploads.")
        parser.add_argument(
            "--media-timeout",
            type=float,
            default=newsroom.WORDPRESS_MEDIA_TIMEOUT_SECONDS,
            help="Seconds to wait for one file over HTTP.",
        )
        parser.add_argument(
            "--report", type=Path, help="Where to write the JSON report (default FILE.report.json)."
        )

    def handle(self, *args, file: Path, user: str, **options) -> None:
        if not file.is_file():
            raise CommandError(f"{file} is not a file.")
        if options["media_dir"] is not None and not options["media_dir"].is_dir():
            raise CommandError(f"--media-dir {options['media_dir']} is not a directory.")
        acting = get_user_model().objects.filter(username=user).first()
        if acting is None:
            raise CommandError(f"There is no user {user!r}.")
        try:
            kind_map = parse_kind_map(options["kind_map"])
        except KindMapError as error:
            raise CommandError(str(error)) from None
        importer = Importer(
            Options(
                user=acting,
                locale=options["locale"],
                kind_map=kind_map,
                media_dir=options["media_dir"],
                media_timeout=options["media_timeout"],
                dry_run=options["dry_run"],
            ),
            progress=terminal_progress(self.stderr, enabled=sys.stderr.isatty()),
        )
        try:
            report = importer.run(file)
        except ImportRefused as error:
            raise CommandError(str(error)) from None
        finally:
            importer.progress.close()
        target = options["report"] or file.with_name(file.name + ".report.json")
        report.write_json(target)
        for line in report.summary_lines():
            self.stdout.write(line)
        self.stdout.write(f"Report: {target}")
        if report.error:
            raise CommandError(f"{report.error['code']}: nothing was imported.")
