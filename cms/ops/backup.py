"""Backups that restore: the database as `pg_dump`'s custom format, every media object from
the storage (S3 or local), and a manifest with counts and SHA-256 checksums that a restore
checks before it touches anything.

A backup directory holds `database.dump`, `media/<object name>` and `manifest.json`. A restore
goes into an empty database and an empty bucket (or over them with `force`), then rebuilds the
search index, empties the shared cache and compares what it restored with the manifest's counts.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections

MANIFEST = "manifest.json"
DUMP = "database.dump"
MEDIA = "media"
FORMAT = 1
COUNTED = {
    "pages": "wagtailcore.Page",
    "images": settings.WAGTAILIMAGES_IMAGE_MODEL,
    "renditions": "media.NewsroomRendition",
    "documents": settings.WAGTAILDOCS_DOCUMENT_MODEL,
    "users": settings.AUTH_USER_MODEL,
}
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A refusal with the reason an operator can act on; nothing was changed."""


@dataclass(frozen=True)
class Report:
    counts: dict[str, int]
    media_objects: int
    media_bytes: int


def counts() -> dict[str, int]:
    return {name: apps.get_model(label).objects.count() for name, label in COUNTED.items()}


# -- the database ----------------------------------------------------------------------------


def _database() -> dict:
    database = connections[DEFAULT_DB_ALIAS]
    if database.vendor != "postgresql":
        raise BackupError(
            f"Backups use pg_dump and pg_restore: the database is {database.vendor}, not PostgreSQL."
        )
    return database.settings_dict


def pg_tool(name: str) -> str:
    """The newest PostgreSQL client on the machine (Debian keeps them per major version): a
    pg_dump older than the server refuses to dump it."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=lambda p: int(p.parts[-3])
    )
    if candidates:
        return str(candidates[-1])
    if found := shutil.which(name):
        return found
    raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client).")


def _pg(tool: str, db: dict, *args: str) -> None:
    argv = [pg_tool(tool), "--no-owner", "--no-acl", "--dbname", db["NAME"], *args]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            argv += [option, str(db[key])]
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    result = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)  # noqa: S603 (PostgreSQL's own tools, arguments from settings)
    if result.returncode != 0:
        raise BackupError(f"{tool} failed: {result.stderr.strip()[-2000:]}")


def _database_tables() -> list[str]:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        return connections[DEFAULT_DB_ALIAS].introspection.table_names(cursor)


# -- media -----------------------------------------------------------------------------------


def media_names(directory: str = "") -> list[str]:
    """Every object in the media storage, whatever the backend (S3 lists by prefix)."""
    folders, files = default_storage.listdir(directory)
    names = [f"{directory}{name}" for name in files]
    for folder in folders:
        names += media_names(f"{directory}{folder}/")
    return sorted(names)


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _safe_target(root: Path, name: str) -> Path:
    target = (root / name).resolve()
    if root.resolve() not in target.parents:
        raise BackupError(f"Refusing the media name {name!r}: it leaves the backup directory.")
    return target


# -- backup ----------------------------------------------------------------------------------


def create_backup(output: Path) -> Report:
    db = _database()
    output.mkdir(parents=True, exist_ok=True)
    if any(output.iterdir()):
        raise BackupError(f"{output} is not empty: give a new directory for each backup.")
    recorded = counts()
    _pg("pg_dump", db, "--format=custom", "--file", str(output / DUMP))
    media = {}
    for name in media_names():
        target = _safe_target(output / MEDIA, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name, "rb") as source, target.open("wb") as copy:
            shutil.copyfileobj(source, copy, CHUNK)
        media[name] = {"sha256": _sha256_of(target), "bytes": target.stat().st_size}
    manifest = {
        "format": FORMAT,
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
        "database": {"file": DUMP, "sha256": _sha256_of(output / DUMP)},
        "counts": recorded,
        "media": media,
    }
    (output / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return Report(recorded, len(media), sum(item["bytes"] for item in media.values()))


# -- restore ---------------------------------------------------------------------------------


def read_manifest(directory: Path) -> dict:
    """The manifest, once every file it lists is there with its checksum."""
    try:
        manifest = json.loads((directory / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(f"No {MANIFEST} in {directory}: not a backup directory.") from None
    except ValueError as error:
        raise BackupError(f"{MANIFEST} is not valid JSON: {error}.") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    damaged = []
    dump = directory / DUMP
    if not dump.is_file() or _sha256_of(dump) != manifest["database"]["sha256"]:
        damaged.append(DUMP)
    for name, item in manifest["media"].items():
        path = _safe_target(directory / MEDIA, name)
        if not path.is_file() or _sha256_of(path) != item["sha256"]:
            damaged.append(f"{MEDIA}/{name}")
    if damaged:
        listed = ", ".join(damaged[:10]) + (" …" if len(damaged) > 10 else "")
        raise BackupError(f"The backup is damaged (missing or wrong checksum): {listed}.")
    return manifest


def restore_backup(directory: Path, force: bool = False) -> Report:
    manifest = read_manifest(directory)
    db = _database()
    tables, objects = _database_tables(), media_names()
    if (tables or objects) and not force:
        raise BackupError(
            f"The target is not empty ({len(tables)} tables in the database, {len(objects)} "
            "objects in the media storage): restore into an empty database and bucket, or "
            "give --force to replace what is there."
        )
    connections.close_all()
    _pg("pg_restore", db, *(["--clean", "--if-exists"] if force else []), str(directory / DUMP))
    for name in manifest["media"]:
        if default_storage.exists(name):
            default_storage.delete(name)
        with _safe_target(directory / MEDIA, name).open("rb") as source:
            stored = default_storage.save(name, File(source, name=name))
        if stored != name:
            raise BackupError(f"The storage kept {name!r} as {stored!r}.")
    call_command("rebuild_search", verbosity=0)
    cache.clear()  # cached answers and the recorded publish position were the old database's
    restored = counts()
    if restored != manifest["counts"]:
        raise BackupError(
            f"Restored counts {restored} differ from the backup's {manifest['counts']}."
        )
    media = manifest["media"].values()
    return Report(restored, len(manifest["media"]), sum(item["bytes"] for item in media))
