"""`manage.py translation_status [--locale fr] --format json|table`: the admin's
"Translation status" report, for scripts and the terminal."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from cms.xliff.status import translation_status


class Command(BaseCommand):
    help = "Which translations are up to date, outdated or missing, with word counts."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--locale", help="One language code; every other locale if omitted.")
        parser.add_argument("--format", choices=["json", "table"], default="table")

    def handle(self, *args, locale: str | None, format: str, **options) -> None:
        locales = Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code")
        if locale:
            locales = locales.filter(language_code=locale)
            if not locales:
                raise CommandError(f"There is no locale {locale!r} other than the source's.")
        rows = [row for target in locales for row in translation_status(target)]
        if format == "json":
            self.stdout.write(json.dumps([row.as_json() for row in rows], indent=2))
            return
        header = ("locale", "state", "words", "kind", "id", "title")
        lines = [header] + [
            (
                row.locale,
                row.state,
                "?" if row.words is None else str(row.words),
                row.kind,
                str(row.object_id),
                row.title[:60],
            )
            for row in rows
        ]
        widths = [max(len(line[index]) for line in lines) for index in range(len(header) - 1)]
        for line in lines:
            cells = [cell.ljust(width) for cell, width in zip(line, widths, strict=False)]
            self.stdout.write("  ".join([*cells, line[-1]]).rstrip())
