from django.core.management.base import BaseCommand

from cms.search.documents import rebuild


class Command(BaseCommand):
    help = (
        "Index every live news item again and drop the documents of pages that are not live "
        "(after a restore, an import that bypassed signals, or a change of normalisation)."
    )

    def handle(self, *args, **options) -> None:
        count = rebuild()
        self.stdout.write(f"Indexed {count} live news items.")
