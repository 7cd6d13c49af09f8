"""`manage.py backup` and `restore` refuse what they cannot do well, with a clear message and
nothing changed (the full round trip is tests/stack/test_backup_restore.py)."""

import json

import pytest
from django.core.management import CommandError, call_command

from cms.ops.backup import DUMP, MANIFEST, MEDIA, create_backup
from tests.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db


def test_a_backup_on_sqlite_is_refused_naming_postgresql(tmp_path):
    with pytest.raises(CommandError, match="not PostgreSQL"):
        call_command("backup", "--output", str(tmp_path / "backup"))


def test_a_restore_from_a_directory_without_manifest_is_refused(tmp_path):
    with pytest.raises(CommandError, match="not a backup directory"):
        call_command("restore", "--input", str(tmp_path))


def test_a_restore_from_an_unreadable_manifest_is_refused(tmp_path):
    (tmp_path / MANIFEST).write_text("{not json")
    with pytest.raises(CommandError, match="not valid JSON"):
        call_command("restore", "--input", str(tmp_path))


@pytest.mark.postgres
@pytest.mark.postgres_only
class TestOnPostgreSQL:
    @pytest.fixture
    def backup(self, tmp_path, newsroom):
        PressReleasePageFactory(parent=newsroom, title="Kept in the backup")
        directory = tmp_path / "backup"
        create_backup(directory)
        return directory

    def test_the_manifest_counts_and_checksums_what_was_backed_up(self, backup):
        manifest = json.loads((backup / MANIFEST).read_text())

        assert manifest["counts"]["pages"] >= 3
        assert len(manifest["database"]["sha256"]) == 64
        assert (backup / DUMP).stat().st_size > 0
        for name, item in manifest["media"].items():
            assert (backup / MEDIA / name).stat().st_size == item["bytes"]

    def test_a_backup_into_a_directory_that_holds_files_is_refused(self, backup):
        with pytest.raises(CommandError, match="not empty"):
            call_command("backup", "--output", str(backup))

    def test_a_restore_into_a_database_that_holds_tables_is_refused_without_force(self, backup):
        with pytest.raises(CommandError, match=r"not empty.*--force"):
            call_command("restore", "--input", str(backup))

    def test_a_damaged_backup_is_refused_before_anything_changes(self, backup):
        with (backup / DUMP).open("ab") as dump:
            dump.write(b"bit rot")

        with pytest.raises(CommandError, match=rf"damaged.*{DUMP}"):
            call_command("restore", "--input", str(backup), "--force")
