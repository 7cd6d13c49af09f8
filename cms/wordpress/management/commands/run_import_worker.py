"""The worker for imports started from the admin (django-tasks' `db_worker` on the `imports`
queue), kept alive through database outages as the webhook worker is."""

from cms.webhooks.management.commands.run_webhook_worker import Command as WebhookWorker
from cms.wordpress.tasks import IMPORT_BACKEND, IMPORT_QUEUE


class Command(WebhookWorker):
    help = "Run WordPress imports queued from the admin (db_worker's options)."

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(backend_name=IMPORT_BACKEND, queue_name=IMPORT_QUEUE, reload=False)
