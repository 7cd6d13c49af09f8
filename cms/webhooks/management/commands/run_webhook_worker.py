"""django-tasks' `db_worker` for the webhooks queue, kept alive through a database outage.

`db_worker` exits on the first connection error, so a PostgreSQL restart would leave webhooks
queued until someone restarted the worker. This command runs the same worker (same options,
defaulting to the webhooks backend and queue) and, while the database is unreachable, says so,
waits and starts it again; deliveries queued meanwhile go out once the database answers.
SIGTERM and Ctrl-C still stop it at once.
"""

import time

from django.db import InterfaceError, OperationalError, connections
from django_tasks_db.management.commands import db_worker

from cms.webhooks.tasks import WEBHOOK_BACKEND, WEBHOOK_QUEUE


class Command(db_worker.Command):
    help = "Run webhook deliveries (db_worker's options), outliving database outages."

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(backend_name=WEBHOOK_BACKEND, queue_name=WEBHOOK_QUEUE, reload=False)

    def handle(self, *args, **options) -> None:
        retry = max(options["interval"], 1.0)
        while True:
            try:
                return super().handle(*args, **options)
            except (OperationalError, InterfaceError) as error:
                connections.close_all()
                self.stderr.write(f"Database unavailable, webhook worker retrying: {error}")
                time.sleep(retry)
