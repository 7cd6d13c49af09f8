"""Times a frontend contract operation, as a frontend sends it: the document assembled with
its fragments by cms/api/http/contract.py, the one reader of frontend_contract/."""

import json
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from cms.api.http.contract import ContractError, documents


def _host() -> str:
    """A host the CMS answers on: the first allowed one that is not a pattern."""
    for host in settings.ALLOWED_HOSTS:
        if "*" not in host and not host.startswith("."):
            return host
    return "localhost"


class Command(BaseCommand):
    help = "Time a frontend operation against this database: median and p95 over repeated requests."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "operation", help="An operation name (a file name in frontend_contract/operations/)."
        )
        parser.add_argument("--variables", default="{}", help="JSON variables.")
        parser.add_argument("--repeat", type=int, default=50)
        parser.add_argument(
            "--cached", action="store_true", help="Let the response cache answer (default: off)."
        )

    def handle(self, *args, operation: str, variables: str, repeat: int, cached: bool, **options):
        with override_settings(NEWSROOM_API_CACHE_ENABLED=cached):
            self.time(operation, variables, repeat, cached)

    def time(self, operation: str, variables: str, repeat: int, cached: bool) -> None:
        try:
            contract = documents()
        except ContractError as error:
            raise CommandError(str(error)) from None
        if operation not in contract:
            raise CommandError(
                f"No operation {operation!r}; the contract has {', '.join(contract)}."
            )
        try:
            parsed = json.loads(variables)
        except ValueError as error:
            raise CommandError(f"--variables is not JSON: {error}") from None
        payload = json.dumps({"query": contract[operation], "variables": parsed})
        client = Client(HTTP_HOST=_host())

        def request():
            return client.post("/graphql/", payload, content_type="application/json")

        first = request()
        if first.status_code != 200 or "errors" in first.json():
            raise CommandError(first.content.decode()[:500])
        timings = []
        for _ in range(repeat):
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = request()
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
        self.stdout.write(
            f"{operation} {variables}: median {statistics.median(timings):.1f} ms, "
            f"p95 {p95:.1f} ms, {len(queries)} SQL queries, {len(response.content)} bytes "
            f"({repeat} requests after one warm-up, response cache {'on' if cached else 'off'})"
        )
