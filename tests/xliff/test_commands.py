"""export_xliff and import_xliff: the admin's buttons for scripts and agencies' pipelines."""

import io
import zipfile

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from tests.factories import PressReleasePageFactory
from tests.i18n.conftest import submit_for_translation, translation_of
from tests.xliff.conftest import to_french, translated

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def export(*options: str) -> str:
    out = io.StringIO()
    call_command("export_xliff", *options, stdout=out)
    return out.getvalue()


def test_export_of_a_page_writes_a_valid_xliff_file(tmp_path, french, linked_release, xliff_schema):
    output = tmp_path / "page.xlf"
    export("--locale", "fr", "--page", str(linked_release.pk), "--output", str(output))
    xliff_schema.validate(output.read_text())


def test_the_french_page_id_names_the_same_translation(tmp_path, french, linked_release):
    by_source, by_target = tmp_path / "source.xlf", tmp_path / "target.xlf"
    target = french.get_target_instance()
    export("--locale", "fr", "--page", str(linked_release.pk), "--output", str(by_source))
    export("--locale", "fr", "--page", str(target.pk), "--output", str(by_target))
    assert f'original="page/{linked_release.pk}"' in by_target.read_text()


def test_exporting_a_page_not_submitted_for_translation_says_what_to_do(tmp_path, linked_release):
    with pytest.raises(CommandError, match="has not been submitted for translation into ar"):
        export("--locale", "ar", "--page", str(linked_release.pk), "--output", str(tmp_path / "x"))


def test_export_all_zips_one_file_per_outdated_item_only(
    tmp_path, editor_client, french, linked_release, newsroom, xliff_schema
):
    done = PressReleasePageFactory(parent=newsroom, title="Already translated", slug="done")
    done.save_revision().publish()
    submit_for_translation(editor_client, done, "fr")
    done_file = tmp_path / "done.xlf"
    export("--locale", "fr", "--page", str(done.pk), "--output", str(done_file))
    done_file.write_bytes(translated(done_file.read_bytes(), to_french))
    call_command("import_xliff", str(done_file), "--user", "editor", stdout=io.StringIO())

    output = tmp_path / "fr.zip"
    assert export("--locale", "fr", "--all", "--output", str(output)) == f"1 files in {output}\n"
    with zipfile.ZipFile(output) as archive:
        [name] = archive.namelist()
        assert name.startswith(f"page-{linked_release.pk}-militias-must-be-held-to-account-fr")
        xliff_schema.validate(archive.read(name).decode())


def test_import_with_publish_publishes_and_reports_what_it_did(
    tmp_path, french, linked_release, django_capture_on_commit_callbacks
):
    path = tmp_path / "fr.xlf"
    export("--locale", "fr", "--page", str(linked_release.pk), "--output", str(path))
    path.write_bytes(translated(path.read_bytes(), to_french))
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_xliff", str(path), "--user", "editor", "--publish", stdout=out)
    assert out.getvalue().startswith("4 strings imported into page/")
    assert out.getvalue().rstrip().endswith("; published.")
    target = Page.objects.get(pk=translation_of(linked_release, "fr").get_target_instance().pk)
    assert (target.live, target.title) == (True, "Les milices doivent rendre des comptes")


def test_import_needs_an_existing_user(tmp_path, french):
    path = tmp_path / "fr.xlf"
    path.write_bytes(b"<xliff/>")
    with pytest.raises(CommandError, match="There is no active user 'nobody'"):
        call_command("import_xliff", str(path), "--user", "nobody")


def filled_zip(path, change=lambda name, content: content) -> None:
    with zipfile.ZipFile(path) as archive:
        members = [(name, archive.read(name)) for name in archive.namelist()]
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members:
            archive.writestr(name, change(name, translated(content, to_french)))


@pytest.fixture
def two_outdated(editor_client, french, newsroom):
    other = PressReleasePageFactory(parent=newsroom, title="A second release", slug="second")
    other.save_revision().publish()
    submit_for_translation(editor_client, other, "fr")
    return other


def test_the_zip_of_export_all_comes_back_whole(tmp_path, two_outdated):
    path = tmp_path / "fr.zip"
    export("--locale", "fr", "--all", "--output", str(path))
    filled_zip(path)
    out = io.StringIO()
    call_command("import_xliff", str(path), "--user", "editor", stdout=out)
    lines = sorted(out.getvalue().splitlines())
    assert [line.split(": ", 1)[1].split(" into ")[0] for line in lines] == [
        "4 strings imported",
        "3 strings imported",
    ]


def test_a_refused_file_in_the_zip_is_named_and_the_others_are_imported(tmp_path, two_outdated):
    path = tmp_path / "fr.zip"
    export("--locale", "fr", "--all", "--output", str(path))
    filled_zip(path, lambda name, content: content[:-20] if "second" in name else content)
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 of 2 files were not imported"):
        call_command(
            "import_xliff", str(path), "--user", "editor", stdout=io.StringIO(), stderr=err
        )
    assert "second" in err.getvalue() and "MALFORMED_XML" in err.getvalue()
    imported = set(StringTranslation.objects.values_list("data", flat=True))
    assert "Les milices doivent rendre des comptes" in imported
    assert "[fr] A second release" not in imported
