"""The frontend contract is kept honest: the committed schema is current, every committed
operation validates and fits the protection limits, and breaking changes are deliberate."""

import subprocess
from pathlib import Path

import pytest
from graphql import build_schema, find_breaking_changes, parse, validate

from cms.api.http.contract import SCHEMA_FILE as CONTRACT
from cms.api.http.contract import documents
from cms.api.http.protection import document_rules, limit_errors
from cms.api.management.commands.export_graphql_schema import current_schema_sdl
from cms.api.schema import schema

OPERATIONS = sorted((Path(CONTRACT).parent / "operations").glob("*.graphql"))


def test_the_committed_schema_matches_the_code():
    assert CONTRACT.read_text() == current_schema_sdl(), (
        "frontend_contract/schema.graphql is stale: run `make contract` and commit it."
    )


def test_the_contract_has_operations_for_listing_article_and_filtered_listing():
    assert {path.stem for path in OPERATIONS} >= {"NewsListing", "Article", "FilteredNewsListing"}


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda path: path.stem)
def test_every_frontend_operation_validates_within_the_limits(operation):
    document = parse(documents()[operation.stem])
    assert validate(schema.graphql_schema, document, document_rules(introspection=False)) == []
    (definition,) = [d for d in document.definitions if d.kind == "operation_definition"]
    assert limit_errors(document, definition, {"first": 100}) == []


def committed_contract() -> str | None:
    result = subprocess.run(
        ["git", "show", f"HEAD:{CONTRACT.relative_to(CONTRACT.parents[1])}"],
        cwd=CONTRACT.parents[1],
        capture_output=True,
        text=True,
    )
    return result.stdout if result.returncode == 0 else None


def test_breaking_changes_against_the_last_commit_come_with_an_updated_contract():
    before = committed_contract() or CONTRACT.read_text()
    breaking = find_breaking_changes(build_schema(before), schema.graphql_schema)
    if breaking:
        assert CONTRACT.read_text() == current_schema_sdl(), [
            change.description for change in breaking
        ]


def test_removing_a_field_is_reported_as_a_breaking_change():
    before = build_schema(CONTRACT.read_text())
    after = build_schema(
        CONTRACT.read_text().replace(
            '  """Items matching the filters."""\n  totalCount: Int!\n', ""
        )
    )
    descriptions = [change.description for change in find_breaking_changes(before, after)]
    assert "NewsItemConnection.totalCount was removed." in descriptions
