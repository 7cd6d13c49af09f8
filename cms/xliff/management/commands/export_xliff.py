"""`manage.py export_xliff --locale fr --page ID --output FILE`, or `--all` for a zip of every
outdated page and snippet: see docs/translators/xliff.md."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from cms.xliff.export import xliff_document, xliff_zip
from cms.xliff.status import OUTDATED, translation_status


class Command(BaseCommand):
    help = "Export a translation as an XLIFF 2.0 file (or every outdated one, zipped)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--locale", required=True, help="Target language code (fr).")
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--page", type=int, help="The page's id (any language version).")
        which.add_argument(
            "--all", action="store_true", help="Every outdated page and snippet, as a zip."
        )
        parser.add_argument("--output", type=Path, required=True, help="Where to write it.")

    def handle(self, *args, locale: str, page: int | None, all: bool, output: Path, **options):
        target = Locale.objects.filter(language_code=locale).first()
        if target is None:
            raise CommandError(f"There is no locale {locale!r}.")
        if all:
            translations = self._outdated(target)
            output.write_bytes(xliff_zip(translations))
            self.stdout.write(f"{len(translations)} files in {output}")
            return
        translation = self._translation_of_page(page, target)
        output.write_bytes(xliff_document(translation))
        self.stdout.write(f"Wrote {output}")

    def _translation_of_page(self, page_id: int, locale: Locale) -> Translation:
        page = Page.objects.filter(pk=page_id).first()
        if page is None:
            raise CommandError(f"There is no page {page_id}.")
        translation = (
            Translation.objects.filter(
                source__object_id=page.translation_key, target_locale=locale, enabled=True
            )
            .exclude(source__locale=locale)
            .select_related("source__locale", "target_locale")
            .first()
        )
        if translation is None:
            raise CommandError(
                f"Page {page_id} “{page.title}” has not been submitted for translation into "
                f"{locale.language_code}: use “Translate this page” first."
            )
        return translation

    def _outdated(self, locale: Locale) -> list[Translation]:
        keys = [row.translation_key for row in translation_status(locale) if row.state == OUTDATED]
        return list(
            Translation.objects.filter(
                source__object_id__in=keys,
                source__locale=Locale.get_default(),
                target_locale=locale,
                enabled=True,
            ).select_related("source__locale", "target_locale")
        )
