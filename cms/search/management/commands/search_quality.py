import importlib

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from cms.search import quality
from cms.search.documents import rebuild


class Command(BaseCommand):
    help = (
        "Recall@10 and MRR per language for our search and for Wagtail's default database "
        "backend, over a relevance set's pages and queries. Everything it creates is rolled "
        "back."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--set",
            default="tests.search.relevance_set",
            help="Module with CASES and build() (default: %(default)s).",
        )

    def handle(self, *args, **options) -> None:
        relevance_set = importlib.import_module(options["set"])
        with transaction.atomic():
            ids = relevance_set.build()
            rebuild()
            rankers = {"ours": quality.ours, "wagtail default": quality.wagtail_default}
            results = {
                name: quality.evaluate(relevance_set.CASES, ids, rank)
                for name, rank in rankers.items()
            }
            kinds = {
                name: quality.evaluate(
                    relevance_set.CASES, ids, rank, group=quality.by_locale_and_kind
                )
                for name, rank in rankers.items()
            }
            transaction.set_rollback(True)
        self.stdout.write(f"Database: {connection.vendor}; {len(relevance_set.CASES)} queries")
        self.stdout.write(quality.table(results))
        self.stdout.write("")
        self.stdout.write(quality.table(kinds))
        for name, scores in results.items():
            for code, score in scores.items():
                if score.misses:
                    self.stdout.write(f"{name} [{code}] missed: {'; '.join(score.misses)}")
