from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from cms.embargo.press import PressList
from cms.embargo.sending import NotScheduled, send_embargo


class Command(BaseCommand):
    help = "Email a scheduled page to a press list, one personal embargo link per journalist."

    def add_arguments(self, parser) -> None:
        parser.add_argument("page_id", type=int)
        parser.add_argument("--list", dest="list_name", required=True, help="Press list name.")

    def handle(self, *args, page_id: int, list_name: str, **options) -> None:
        page = Page.objects.filter(pk=page_id).first()
        if page is None:
            raise CommandError(f"No page with id {page_id}.")
        press_list = PressList.objects.filter(name=list_name).first()
        if press_list is None:
            raise CommandError(f"No press list named “{list_name}”.")
        try:
            report = send_embargo(page, press_list)
        except NotScheduled as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Emailed {len(report.emailed)} journalist(s); {len(report.already_sent)} already "
            f"had their link; {len(report.revoked)} revoked link(s) left revoked."
        )
