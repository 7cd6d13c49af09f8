"""`manage.py media_bucket_policy`: print the bucket policy that makes renditions (and only
renditions) publicly readable, for the configured bucket and AWS_LOCATION prefix."""

import json

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError

from cms.media.storage import public_renditions_policy


class Command(BaseCommand):
    help = "Print the S3 bucket policy for public renditions (apply it with your S3 tooling)."

    def handle(self, *args, **options) -> None:
        bucket = getattr(default_storage, "bucket_name", None)
        if not bucket:
            raise CommandError("Media is not on S3 storage (AWS_STORAGE_BUCKET_NAME is not set).")
        policy = public_renditions_policy(bucket, default_storage.location)
        self.stdout.write(json.dumps(policy, indent=2))
