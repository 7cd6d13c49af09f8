from django.core.management.base import BaseCommand, CommandError

from cms.sync.retention import prune_older_than


class Command(BaseCommand):
    help = (
        "Delete sync log rows older than DAYS. Clients whose token predates them get "
        "SYNC_TOKEN_EXPIRED and start again from zero."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--older-than", type=int, required=True, metavar="DAYS")

    def handle(self, *args, older_than: int, **options) -> None:
        if older_than < 1:
            raise CommandError(f"--older-than must be at least 1 day; got {older_than}.")
        deleted = prune_older_than(older_than)
        self.stdout.write(f"Deleted {deleted} sync log row(s) older than {older_than} day(s).")
