from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from cms.embargo.press_import import PressListImportError, import_press_list


class Command(BaseCommand):
    help = "Import journalists from a CSV (name, outlet, email, language) into a press list."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--list", dest="list_name", required=True, help="Press list name.")

    def handle(self, *args, file: Path, list_name: str, **options) -> None:
        try:
            text = file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from None
        try:
            report = import_press_list(text, list_name)
        except PressListImportError as error:
            raise CommandError(
                f"Nothing imported; fix these rows of {file}:\n" + "\n".join(error.errors)
            ) from None
        self.stdout.write(
            f"Press list “{list_name}”: {report.created} journalist(s) added, "
            f"{report.updated} updated."
        )
