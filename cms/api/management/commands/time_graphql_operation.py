import json
import statistics
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

OPERATIONS = Path(settings.BASE_DIR) / "frontend_contract" / "operations"


class Command(BaseCommand):
    help = "Time a frontend operation against this database: median and p95 over repeated requests."

    def add_arguments(self, parser) -> None:
        parser.add_argument("operation", help="A file name in frontend_contract/operations/.")
        parser.add_argument("--variables", default="{}", help="JSON variables.")
        parser.add_argument("--repeat", type=int, default=50)
        parser.add_argument(
            "--cached", action="store_true", help="Let the response cache answer (default: off)."
        )

    def handle(self, *args, operation: str, variables: str, repeat: int, cached: bool, **options):
        with override_settings(NEWSROOM_API_CACHE_ENABLED=cached):
            self.time(operation, variables, repeat, cached)

    def time(self, operation: str, variables: str, repeat: int, cached: bool) -> None:
        path = OPERATIONS / f"{operation}.graphql"
        if not path.exists():
            raise CommandError(f"No operation {path}")
        payload = json.dumps({"query": path.read_text(), "variables": json.loads(variables)})
        client = Client(
            HTTP_HOST=settings.ALLOWED_HOSTS[0] if settings.ALLOWED_HOSTS else "testserver"
        )

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
