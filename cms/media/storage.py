"""Media on S3-compatible object storage (AWS S3, MinIO, Cloudflare R2, Ceph).

One bucket holds originals (`original_images/`), renditions (`images/`; those of images in a
restricted collection under `private/images/`, cms.media.placement), documents (`documents/`)
and the admin's pending multi-uploads (`wagtail_uploads/`). Only `images/` is public: the
frontends and the CDN read them by plain, unsigned URLs that are computed without
talking to the storage. Everything else gets a short-lived signed URL, so an original with its
camera metadata, a rendition of a private image or a document in a private collection, is never
readable by a permanent link.
"""

from __future__ import annotations

import os
from typing import Any

from botocore.config import Config
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import storages
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

PUBLIC_PREFIXES = ("images/",)


def client_config(
    *, connect_timeout: float, read_timeout: float, max_attempts: int, addressing_style: str
) -> Config:
    """Fail fast when the storage is down or slow: an upload should end in a clear message
    within seconds, not hold an app worker for botocore's default minute and five retries."""
    return Config(
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        retries={"mode": "standard", "max_attempts": max_attempts},
        s3={"addressing_style": addressing_style},
        signature_version="s3v4",
    )


class NewsroomS3Storage(S3Storage):
    """S3 storage whose URLs are public only for renditions; see the module docstring."""

    file_overwrite = False
    querystring_auth = False
    querystring_expire = 300
    public_prefixes: tuple[str, ...] = PUBLIC_PREFIXES

    def __init__(self, **settings: Any) -> None:
        self.public_prefixes = tuple(settings.pop("public_prefixes", self.public_prefixes))
        super().__init__(**settings)

    def is_public(self, name: str) -> bool:
        return clean_name(name).lstrip("/").startswith(self.public_prefixes)

    def deconstruct(self) -> tuple[str, tuple, dict]:
        """Wagtail deletes the files of deleted images and renditions in a task that rebuilds
        the storage from this. Its own arguments hold the keys (which a queued task would
        store) and a botocore Config (which a task cannot carry: not JSON), so the task
        rebuilds the media storage from the settings instead."""
        return ("cms.media.storage.media_storage", (), {})

    def url(self, name, parameters=None, expire=None, http_method=None) -> str:
        if self.is_public(name):
            return super().url(name, parameters, expire, http_method)
        return self.signed_url(name, expire=expire)

    def signed_url(self, name: str, *, expire: int | None = None) -> str:
        """Signed against the bucket endpoint, never the CDN: a CDN would cache the object
        beyond the signature's lifetime."""
        return self.connection.meta.client.generate_presigned_url(
            "get_object",
            Params={"Bucket": self.bucket_name, "Key": self._normalize_name(clean_name(name))},
            ExpiresIn=expire or self.querystring_expire,
        )


def media_storage():
    """The configured media storage (`STORAGES["default"]`), for `deconstruct` above."""
    return storages["default"]


def s3_storage_options(env: os._Environ | dict[str, str] = os.environ) -> dict[str, Any]:
    """The OPTIONS of the S3 storage, read from the environment (see infra/production.env.example)."""

    def value(name: str, default: str = "") -> str:
        return (env.get(name) or default).strip()

    def number(name: str, default: str, kind: type = float) -> Any:
        try:
            return kind(value(name, default))
        except ValueError as error:
            raise ImproperlyConfigured(f"{name} must be a number, got {value(name)!r}.") from error

    bucket = value("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        raise ImproperlyConfigured(
            "The environment variable AWS_STORAGE_BUCKET_NAME is required in production and is "
            "not set (see infra/production.env.example): app processes are stateless and "
            "share their media through S3-compatible storage."
        )
    endpoint = value("AWS_S3_ENDPOINT_URL") or None
    options: dict[str, Any] = {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": value("AWS_S3_REGION_NAME", "us-east-1"),
        "access_key": value("AWS_ACCESS_KEY_ID") or None,
        "secret_key": value("AWS_SECRET_ACCESS_KEY") or None,
        "custom_domain": value("AWS_S3_CUSTOM_DOMAIN") or None,
        "url_protocol": value("AWS_S3_URL_PROTOCOL", "https:"),
        "location": value("AWS_LOCATION").strip("/"),
        "file_overwrite": False,
        "querystring_auth": False,
        "querystring_expire": number("AWS_QUERYSTRING_EXPIRE", "300", int),
        "client_config": client_config(
            connect_timeout=number("AWS_S3_CONNECT_TIMEOUT", "3"),
            read_timeout=number("AWS_S3_READ_TIMEOUT", "10"),
            max_attempts=number("AWS_S3_MAX_ATTEMPTS", "3", int),
            # MinIO, Ceph and most self-hosted stores only answer path-style requests.
            addressing_style=value("AWS_S3_ADDRESSING_STYLE", "path" if endpoint else "auto"),
        ),
    }
    return {key: option for key, option in options.items() if option is not None}


def s3_media_storage(env: os._Environ | dict[str, str] = os.environ) -> dict[str, Any]:
    """The `STORAGES["default"]` entry for media on S3-compatible storage."""
    return {"BACKEND": "cms.media.storage.NewsroomS3Storage", "OPTIONS": s3_storage_options(env)}


def public_renditions_policy(bucket: str, location: str = "") -> dict[str, Any]:
    """The bucket policy operators apply: anonymous read of renditions only."""
    prefix = f"{location.strip('/')}/" if location.strip("/") else ""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicReadRenditions",
                "Effect": "Allow",
                "Principal": "*",
                "Action": ["s3:GetObject"],
                "Resource": [
                    f"arn:aws:s3:::{bucket}/{prefix}{public}*" for public in PUBLIC_PREFIXES
                ],
            }
        ],
    }
