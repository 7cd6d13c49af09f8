from django.core.management.base import BaseCommand, CommandError

from cms.ops.archive.generate import generate_archive


class Command(BaseCommand):
    help = (
        "Add N realistic live news items to the demo newsroom (built first if missing), in bulk: "
        "for scale tests, the bench and sizing a server."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--items", type=int, required=True, help="How many items to add.")
        parser.add_argument("--seed", type=int, default=2026, help="Same seed, same archive.")

    def handle(self, *args, items: int, seed: int, **options) -> None:
        if items < 1:
            raise CommandError(f"--items must be at least 1; got {items}.")
        report = generate_archive(items, seed=seed)
        self.stdout.write(
            f"Added {report.added} items in {report.seconds:.1f} s "
            f"({report.per_second:.0f} items/s)."
        )
