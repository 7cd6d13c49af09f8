from django.core.management.base import BaseCommand, CommandError
from graphql import print_schema

from cms.api.http.contract import MANIFEST_FILE, SCHEMA_FILE
from cms.api.http.persisted import build_manifest, manifest_json
from cms.api.schema import schema


def current_schema_sdl() -> str:
    return print_schema(schema.graphql_schema) + "\n"


class Command(BaseCommand):
    help = (
        "Write the GraphQL schema to frontend_contract/schema.graphql and the persisted "
        "operations to frontend_contract/persisted-operations.json (or --check them)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--check", action="store_true", help="Fail if a file is stale.")

    def handle(self, *args, check: bool = False, **options) -> None:
        files = {SCHEMA_FILE: current_schema_sdl(), MANIFEST_FILE: manifest_json(build_manifest())}
        for path, text in files.items():
            if check:
                if not path.exists() or path.read_text() != text:
                    raise CommandError(f"{path} is stale: run `make contract` and commit it.")
                self.stdout.write(f"{path.name} is current.")
            else:
                path.write_text(text)
                self.stdout.write(f"Wrote {path}")
