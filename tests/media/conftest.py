"""Media tests run against a real S3 HTTP endpoint (moto's threaded server on loopback) through
django-storages and boto3, exactly as production does."""

from dataclasses import dataclass

import pytest
from django.core.cache import caches
from django.core.files.storage import default_storage

from tests.support.s3 import S3Endpoint, start_moto, storage_options


@pytest.fixture(scope="session")
def s3() -> S3Endpoint:
    endpoint = start_moto()
    yield endpoint
    endpoint.server.stop()


@dataclass
class MediaBucket:
    endpoint: S3Endpoint
    name: str

    def objects(self, prefix: str = "") -> list[str]:
        return [key for key in self.endpoint.keys(self.name) if key.startswith(prefix)]


def use_s3_storage(settings, endpoint_url: str, bucket: str, **env) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "cms.media.storage.NewsroomS3Storage",
            "OPTIONS": storage_options(endpoint_url, bucket, **env),
        },
    }


@pytest.fixture(autouse=True)
def fresh_rendition_cache():
    """Renditions are cached by image id, and ids repeat between tests."""
    caches["default"].clear()


@pytest.fixture
def bucket(s3: S3Endpoint, settings) -> MediaBucket:
    """A fresh, empty bucket used as the default (media) storage for this test."""
    name = s3.new_bucket()
    use_s3_storage(settings, s3.url, name)
    assert default_storage.bucket_name == name
    return MediaBucket(s3, name)
