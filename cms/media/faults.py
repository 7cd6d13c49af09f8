"""What counts as "the media storage failed", as opposed to a bug in our code."""

from __future__ import annotations

from boto3.exceptions import Boto3Error
from botocore.exceptions import BotoCoreError, ClientError
from wagtail.images.models import SourceImageIOError

STORAGE_ERRORS: tuple[type[BaseException], ...] = (
    BotoCoreError,  # connection refused, timeouts, retries exhausted
    ClientError,  # the endpoint answered with an error (5xx, access denied, missing bucket)
    Boto3Error,  # S3UploadFailedError wraps the above for uploads
    SourceImageIOError,  # the original could not be read (any storage backend)
)

STORAGE_UNAVAILABLE_MESSAGE = (
    "The media storage is not responding right now, so nothing was saved. "
    "Please try again in a few minutes; if it keeps happening, tell the web team."
)


def is_storage_error(error: BaseException) -> bool:
    return isinstance(error, STORAGE_ERRORS)
