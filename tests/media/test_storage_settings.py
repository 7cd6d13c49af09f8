"""The S3 storage is configured from the environment as docs/operators/media-storage.md tells operators."""

import pytest
from botocore.config import Config
from django.core.exceptions import ImproperlyConfigured

from cms.media.storage import NewsroomS3Storage, s3_storage_options

ENV = {
    "AWS_STORAGE_BUCKET_NAME": "newsroom-media",
    "AWS_S3_ENDPOINT_URL": "https://minio.example.org",
    "AWS_ACCESS_KEY_ID": "key",
    "AWS_SECRET_ACCESS_KEY": "secret",
}


def test_a_missing_bucket_stops_the_process_with_a_pointer_to_the_example():
    with pytest.raises(ImproperlyConfigured, match="AWS_STORAGE_BUCKET_NAME is required"):
        s3_storage_options({})


def test_uploads_never_overwrite_and_public_urls_are_unsigned():
    options = s3_storage_options(ENV)
    assert options["file_overwrite"] is False
    assert options["querystring_auth"] is False


def test_the_client_fails_fast_with_few_retries_and_short_timeouts():
    config: Config = s3_storage_options(ENV)["client_config"]
    assert (config.connect_timeout, config.read_timeout) == (3.0, 10.0)
    assert config.retries == {"mode": "standard", "max_attempts": 3}


def test_a_self_hosted_endpoint_is_addressed_path_style():
    config = s3_storage_options(ENV)["client_config"]
    assert config.s3 == {"addressing_style": "path"}
    aws = s3_storage_options({"AWS_STORAGE_BUCKET_NAME": "b"})["client_config"]
    assert aws.s3 == {"addressing_style": "auto"}


def test_a_non_numeric_timeout_is_refused_at_start():
    with pytest.raises(ImproperlyConfigured, match="AWS_S3_READ_TIMEOUT must be a number"):
        s3_storage_options({**ENV, "AWS_S3_READ_TIMEOUT": "soon"})


def test_a_cdn_url_needs_no_request_and_private_keys_are_signed_against_the_endpoint():
    storage = NewsroomS3Storage(**s3_storage_options({**ENV, "AWS_S3_CUSTOM_DOMAIN": "cdn.org"}))
    assert storage.url("images/a.jpg") == "https://cdn.org/images/a.jpg"
    signed = storage.url("documents/report.pdf")
    assert signed.startswith("https://minio.example.org/newsroom-media/documents/report.pdf?")
    assert "X-Amz-Signature=" in signed
