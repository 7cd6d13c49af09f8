"""The contract through the tools frontend teams use, each at zero errors: relay-compiler
compiles every operation and fragment; graphql-inspector validates them within the API's
limits; graphql-schema-linter (rule set in package.json) and @graphql-eslint (rule set in
eslint.config.mjs) find nothing in the schema (every type, field, argument and enum value
described, Relay connection shapes) or the documents. All pinned in
frontend_contract/package-lock.json. The output of each run is printed (pytest -s)."""

import subprocess

from .test_typed_client import BIN, CONTRACT

NEEDS_ALIAS = """fragment NeedsAlias on StreamBlock {
  ...ParagraphOnly
}

fragment ParagraphOnly on ParagraphBlock {
  html
}
"""


def run(*command: str) -> subprocess.CompletedProcess:
    assert BIN.is_dir(), "frontend_contract/node_modules is missing: run `make node-deps`"
    result = subprocess.run(command, cwd=CONTRACT, capture_output=True, text=True, timeout=300)
    print(result.stdout, result.stderr)
    return result


def test_relay_compiler_compiles_every_operation_and_fragment():
    result = run("node", "lib/relay-compile.mjs")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ERROR" not in result.stdout + result.stderr


def test_relay_compiler_refuses_a_spread_that_may_not_match_without_an_alias(tmp_path):
    extra = tmp_path / "NeedsAlias.graphql"
    extra.write_text(NEEDS_ALIAS)
    result = run("node", "lib/relay-compile.mjs", str(extra))
    assert result.returncode != 0
    assert "Expected `@alias` directive" in result.stdout + result.stderr


def test_graphql_inspector_validates_the_documents_within_the_api_limits():
    result = run(
        str(BIN / "graphql-inspector"),
        "validate",
        "{operations,fragments}/*.graphql",
        "schema.graphql",
        "--deprecated",
        "--maxDepth=8",
        "--maxAliasCount=15",
        "--maxTokenCount=1000",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All documents are valid" in result.stdout


def test_graphql_schema_linter_finds_nothing():
    result = run(str(BIN / "graphql-schema-linter"), "schema.graphql")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors detected" in result.stdout


def test_graphql_eslint_finds_nothing_in_the_schema_or_the_documents():
    result = run(str(BIN / "eslint"), "--max-warnings=0", ".")
    assert result.returncode == 0, result.stdout + result.stderr
