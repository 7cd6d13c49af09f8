"""`manage.py backup` from the running stack and `manage.py restore` into a fresh one (empty
database and bucket): the same pages, images, files and search answers come back."""

import json
import shutil
import tempfile
from pathlib import Path

import pytest

from cms.api.http.contract import documents
from infra.stack.supervisor import BUCKET, Stack

from .traffic import graphql, listing_titles

pytestmark = pytest.mark.stack

SEARCH = documents()["SearchNews"]
DOCUMENT = (
    "from django.core.files.base import ContentFile\n"
    "from cms.media.models import NewsroomDocument\n"
    "NewsroomDocument.objects.create(title='Press kit for the backup test',\n"
    "    file=ContentFile(b'%PDF-1.4 backup test document', name='backup-press-kit.pdf'))\n"
)


def objects(stack: Stack) -> dict[str, bytes]:
    client = stack.s3_client()
    keys = [
        item["Key"]
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET)
        for item in page.get("Contents", [])
    ]
    return {key: client.get_object(Bucket=BUCKET, Key=key)["Body"].read() for key in keys}


def search(stack: Stack, term: str) -> list[str]:
    answer = graphql(stack.url, SEARCH, {"search": term, "first": 20}).json()
    assert not answer.get("errors"), answer
    return [edge["node"]["title"] for edge in answer["data"]["newsItems"]["edges"]]


@pytest.fixture
def fresh_stack():
    directory = Path(tempfile.mkdtemp(prefix="newsroom-restore-"))
    fresh = Stack(directory, instances=1, gunicorn_workers=1)
    try:
        fresh.start_services(log=lambda _message: None)
        yield fresh
    finally:
        fresh.stop()
        for name, process in fresh.processes.items():
            print(f"--- fresh {name}\n{process.tail(1500)}")
        shutil.rmtree(directory, ignore_errors=True)


def test_a_backup_restores_into_a_fresh_stack_with_the_same_pages_images_files_and_search(
    stack, fresh_stack, tmp_path
):
    stack.shell(DOCUMENT)
    backup = tmp_path / "backup"
    stack.manage("backup", "--output", str(backup))
    backed_up = objects(stack)
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["counts"]["pages"] > 0 and manifest["counts"]["images"] > 0
    assert manifest["counts"]["documents"] >= 1
    assert set(manifest["media"]) == set(backed_up)

    report = fresh_stack.manage("restore", "--input", str(backup))
    restored = objects(fresh_stack)
    static = fresh_stack.collect_static()
    fresh_stack.wait_static(static)
    fresh_stack.start_apps()

    assert "search index rebuilt" in report
    assert restored == backed_up
    assert listing_titles(fresh_stack.url, first=100) == listing_titles(stack.url, first=100)
    term = listing_titles(stack.url, first=1)[0].split()[0]
    assert search(fresh_stack, term) == search(stack, term) != []


def test_a_restore_into_a_stack_that_holds_data_is_refused_without_force(stack, tmp_path):
    backup = tmp_path / "backup"
    stack.manage("backup", "--output", str(backup))

    with pytest.raises(RuntimeError, match="not empty"):
        stack.manage("restore", "--input", str(backup))
