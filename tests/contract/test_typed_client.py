"""The typed client in frontend_contract/generated/ (graphql-codegen) is current, and compiles
under `tsc --strict` together with the reference frontend, whose body renderer switches
exhaustively on `__typename`."""

import shutil
import subprocess
from pathlib import Path

from cms.api.http.contract import CONTRACT_DIR as CONTRACT

BIN = CONTRACT / "node_modules" / ".bin"
SOURCES = ["codegen.yml", "schema.graphql", "operations", "fragments"]


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    assert BIN.is_dir(), "frontend_contract/node_modules is missing: run `make node-deps`"
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)


def test_the_committed_generated_files_match_the_operations(tmp_path):
    for name in SOURCES:
        source = CONTRACT / name
        copy = shutil.copytree if source.is_dir() else shutil.copy
        copy(source, tmp_path / name)
    (tmp_path / "node_modules").symlink_to(CONTRACT / "node_modules")
    result = run([str(BIN / "graphql-codegen"), "--config", "codegen.yml"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    for generated in sorted((tmp_path / "generated").iterdir()):
        committed = CONTRACT / "generated" / generated.name
        assert committed.read_text() == generated.read_text(), (
            f"frontend_contract/generated/{generated.name} is stale: run `make contract`."
        )


def test_the_generated_types_and_the_example_compile_under_strict():
    result = run([str(BIN / "tsc"), "--noEmit", "--strict", "-p", "tsconfig.json"], CONTRACT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_body_renderer_that_forgets_a_block_type_does_not_compile(tmp_path):
    source = CONTRACT / "example" / "src"
    body = (source / "body.ts").read_text()
    case = body.index('    case "KeyFactBlock":')
    forgetful = body[:case] + body[body.index('    case "RelatedContentBlock":') :]
    generated = (CONTRACT / "generated" / "graphql").as_posix()
    (tmp_path / "body.ts").write_text(forgetful.replace("../../generated/graphql", generated))
    shutil.copy(source / "html.ts", tmp_path / "html.ts")
    (tmp_path / "tsconfig.json").write_text(
        f'{{"extends": "{(CONTRACT / "tsconfig.json").as_posix()}", "include": ["*.ts"]}}'
    )
    result = run([str(BIN / "tsc"), "--noEmit", "--strict", "-p", "tsconfig.json"], tmp_path)
    assert result.returncode != 0
    assert "KeyFactBlock" in result.stdout and "never" in result.stdout
