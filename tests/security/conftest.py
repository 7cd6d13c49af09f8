"""The media doors run against a real S3 endpoint (moto), with the media area's bucket."""

from tests.media.conftest import bucket, s3  # noqa: F401 (fixtures)
