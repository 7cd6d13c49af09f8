"""`manage.py import_xliff FILE --user USERNAME [--publish] [--force]`: see
docs/translators/xliff.md. Acts as --user, so the publication rule and translators' rights
apply as in the admin."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cms.actors import acting_as
from cms.xliff.importing import import_file, translation_named_by
from cms.xliff.reading import parse, zip_members
from cms.xliff.refusals import XliffRefused

DOOR = "command:import_xliff"


class Command(BaseCommand):
    help = "Import a translated XLIFF 2.0 file exported by export_xliff or the admin."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path, help="An .xlf file, or a zip of them (--all).")
        parser.add_argument("--user", required=True, help="Username the import acts as.")
        parser.add_argument(
            "--publish", action="store_true", help="Publish the translation (if allowed)."
        )
        parser.add_argument(
            "--force", action="store_true", help="Import the units whose source did not change."
        )

    def handle(self, *args, file: Path, user: str, publish: bool, force: bool, **options):
        if not file.is_file():
            raise CommandError(f"{file} is not a file.")
        acting = get_user_model().objects.filter(username=user, is_active=True).first()
        if acting is None:
            raise CommandError(f"There is no active user {user!r}.")
        content = file.read_bytes()
        try:
            members = zip_members(content)
        except XliffRefused as refusal:
            raise CommandError(str(refusal)) from None
        if members is None:
            self._import(content, acting, publish, force)
            return
        refused = []
        for name, member in members:
            try:
                self._import(member, acting, publish, force, name=name)
            except CommandError as error:
                self.stderr.write(f"{name}: {error}")
                refused.append(name)
        if refused:
            raise CommandError(f"{len(refused)} of {len(members)} files were not imported.")

    def _import(self, content: bytes, acting, publish: bool, force: bool, name: str = "") -> None:
        prefix = f"{name}: " if name else ""
        try:
            xliff = parse(content)
            translation = translation_named_by(xliff)
            with acting_as(acting, door=DOOR):
                result = import_file(xliff, translation, acting, publish=publish, force=force)
        except XliffRefused as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(prefix + result.summary())
        if result.publish_refusal:
            raise CommandError(f"PUBLICATION_REFUSED: {result.publish_refusal}")
