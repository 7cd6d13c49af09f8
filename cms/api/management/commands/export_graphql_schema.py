from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from graphql import print_schema

from cms.api.schema import schema

CONTRACT = Path(settings.BASE_DIR) / "frontend_contract" / "schema.graphql"


def current_schema_sdl() -> str:
    return print_schema(schema.graphql_schema) + "\n"


class Command(BaseCommand):
    help = "Write the GraphQL schema to frontend_contract/schema.graphql (or --check it)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--check", action="store_true", help="Fail if the file is stale.")

    def handle(self, *args, check: bool = False, **options) -> None:
        sdl = current_schema_sdl()
        if check:
            if not CONTRACT.exists() or CONTRACT.read_text() != sdl:
                raise CommandError(f"{CONTRACT} is stale: run `make contract` and commit it.")
            self.stdout.write("frontend_contract/schema.graphql is current.")
            return
        CONTRACT.write_text(sdl)
        self.stdout.write(f"Wrote {CONTRACT}")
