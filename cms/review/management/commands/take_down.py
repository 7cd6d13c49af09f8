"""`manage.py take_down PAGE_ID --reason TEXT [--user USERNAME]`: docs/editors/takedown.md."""

from django.core.management.base import BaseCommand

from cms.review.takedown import TakedownError, take_down
from cms.review.takedown_commands import failed, named_item, named_user


class Command(BaseCommand):
    help = "Take a news item down in every language until the takedown is lifted."

    def add_arguments(self, parser) -> None:
        parser.add_argument("page_id", help="The id of any language's version of the item.")
        parser.add_argument("--reason", required=True, help="Why (kept in the audit log).")
        parser.add_argument("--user", help="Username acting (needs the Legal permission).")

    def handle(self, *args, page_id: str, reason: str, user: str | None, **options) -> None:
        acting = named_user(user)
        page = named_item(page_id)
        try:
            report = take_down(page, reason, acting, door="command:take_down")
        except TakedownError as error:
            raise failed(error) from None
        self.stdout.write(
            f"Took down “{page.title}”: unpublished {len(report.unpublished)} version(s), "
            f"unscheduled {len(report.unscheduled)}, revoked {report.revoked_links} embargo "
            "link(s)."
        )
