"""`manage.py media_bucket_policy`: print the bucket policy that makes renditions of public
images (and only those) publicly readable, for the configured bucket and AWS_LOCATION prefix;
`--check`: fail loudly when the bucket as it is would expose a private prefix."""

import json

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError

from cms.media.bucket_check import check_bucket
from cms.media.faults import STORAGE_ERRORS
from cms.media.placement import misplaced_renditions
from cms.media.storage import public_renditions_policy


class Command(BaseCommand):
    help = (
        "Print the S3 bucket policy for public renditions (apply it with your S3 tooling); "
        "--check verifies the bucket keeps private media private."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--check",
            action="store_true",
            help="Read the bucket's policy and ACL back and try an unsigned read of a private "
            "canary; exit 1 if anything private is exposed.",
        )

    def handle(self, *args, **options) -> None:
        bucket = getattr(default_storage, "bucket_name", None)
        if not bucket:
            raise CommandError("Media is not on S3 storage (AWS_STORAGE_BUCKET_NAME is not set).")
        if not options["check"]:
            policy = public_renditions_policy(bucket, default_storage.location)
            self.stdout.write(json.dumps(policy, indent=2))
            return
        try:
            report = check_bucket(default_storage)
        except STORAGE_ERRORS as error:
            raise CommandError(f"Could not read the bucket {bucket}'s settings: {error}") from None
        misplaced = misplaced_renditions().count()
        if misplaced:
            report.problems.append(
                f"{misplaced} rendition(s) are stored on the wrong side of private/ (public "
                "copies of restricted images among them): run manage.py relocate_private_media."
            )
        for note in report.notes:
            self.stdout.write(note)
        if not report.ok:
            for problem in report.problems:
                self.stderr.write(f"EXPOSED: {problem}")
            raise CommandError(
                f"The bucket {bucket} exposes private media ({len(report.problems)} problem(s))."
            )
        self.stdout.write(self.style.SUCCESS(f"The bucket {bucket} keeps private media private."))
