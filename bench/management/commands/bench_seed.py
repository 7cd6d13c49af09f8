from django.core.management.base import BaseCommand

from bench.seed import seed_newsroom


class Command(BaseCommand):
    help = "Grow the bench newsroom to N items (hero image, topics, countries, 10-block body)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("items", type=int)

    def handle(self, *args, items: int, **options) -> None:
        added = seed_newsroom(items)
        self.stdout.write(f"Added {added} items; the newsroom now holds {items} or more.")
