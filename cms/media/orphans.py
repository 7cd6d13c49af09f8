"""Finding and removing stored media files that no database row points at.

An upload is written to storage before its row; when the row is not written (the database
failed, the transaction rolled back, a process was killed in between) the object stays behind.
`RemovesStoredFileOnFailedSave` deletes it when the save itself fails; this sweep covers the
rest. Recent objects are left alone, because their row may still be on its way.
"""

from __future__ import annotations

import datetime
import posixpath
from collections.abc import Iterator

from django.apps import apps
from django.core.files.storage import Storage, default_storage
from django.db import models
from django.utils import timezone

from .restrictions import PRIVATE_RENDITIONS, PUBLIC_RENDITIONS

MEDIA_FOLDERS = (
    "original_images",
    PUBLIC_RENDITIONS,
    PRIVATE_RENDITIONS,
    "documents",
    "wagtail_uploads",
)


def referenced_names(storage: Storage = default_storage) -> set[str]:
    """Every file name held by a FileField (of any model) that stores into `storage`."""
    names: set[str] = set()
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.FileField) and field.storage is storage:
                names.update(
                    model._default_manager.exclude(**{field.attname: ""})
                    .values_list(field.attname, flat=True)
                    .iterator()
                )
    return names


def stored_files(storage: Storage = default_storage) -> Iterator[tuple[str, datetime.datetime]]:
    """(name, last modified) of every file in the media folders, one listing call per 1000
    objects on S3."""
    bucket = getattr(storage, "bucket", None)
    for folder in MEDIA_FOLDERS:
        if bucket is not None:
            location = storage.location.strip("/")
            prefix = f"{location}/{folder}/" if location else f"{folder}/"
            for item in bucket.objects.filter(Prefix=prefix):
                yield item.key[len(location) + 1 :] if location else item.key, item.last_modified
        else:
            yield from _walk(storage, folder)


def _walk(storage: Storage, folder: str) -> Iterator[tuple[str, datetime.datetime]]:
    if not storage.exists(folder):
        return
    directories, files = storage.listdir(folder)
    for name in files:
        path = posixpath.join(folder, name)
        yield path, storage.get_modified_time(path)
    for directory in directories:
        yield from _walk(storage, posixpath.join(folder, directory))


def find_orphans(
    *, older_than: datetime.timedelta, storage: Storage = default_storage
) -> list[str]:
    cutoff = timezone.now() - older_than
    referenced = referenced_names(storage)
    return sorted(
        name
        for name, modified in stored_files(storage)
        if name not in referenced and _aware(modified) <= cutoff
    )


def sweep_orphans(
    *, older_than: datetime.timedelta, storage: Storage = default_storage, dry_run: bool = False
) -> list[str]:
    orphans = find_orphans(older_than=older_than, storage=storage)
    if not dry_run:
        for name in orphans:
            storage.delete(name)
    return orphans


def _aware(moment: datetime.datetime) -> datetime.datetime:
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment, datetime.UTC)
