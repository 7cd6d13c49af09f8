"""Deletes preview rows whose token has expired; run it from cron or the scheduler loop."""

from django.core.management.base import BaseCommand

from cms.preview.tokens import sweep_expired_previews, token_ttl_seconds


class Command(BaseCommand):
    help = "Delete headless-preview rows older than NEWSROOM_PREVIEW_TOKEN_TTL."

    def handle(self, *args, **options) -> None:
        deleted = sweep_expired_previews()
        self.stdout.write(
            f"Deleted {deleted} expired preview(s) (token lifetime {token_ttl_seconds()} s)."
        )
