"""`manage.py lift_takedown PAGE_ID [--user USERNAME]`: docs/editors/takedown.md."""

from django.core.management.base import BaseCommand

from cms.review.takedown import TakedownError, lift_takedown
from cms.review.takedown_commands import failed, named_item, named_user


class Command(BaseCommand):
    help = "Lift a takedown: the item may be published again (through Legal review)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("page_id", help="The id of any language's version of the item.")
        parser.add_argument("--user", help="Username acting (needs the Legal permission).")

    def handle(self, *args, page_id: str, user: str | None, **options) -> None:
        acting = named_user(user)
        page = named_item(page_id)
        try:
            lift_takedown(page, acting, door="command:lift_takedown")
        except TakedownError as error:
            raise failed(error) from None
        self.stdout.write(
            f"Lifted the takedown of “{page.title}”: nothing was published; it goes through "
            "Legal review again."
        )
