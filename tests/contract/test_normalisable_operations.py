"""Every contract operation is normalisable: wherever it selects an object that has an `id`
(a `Node`), it selects that `id`, so Relay's, Apollo's and urql's caches can store the object
under its key instead of inside its parent. A selection that leaves `id` out fails here."""

import pytest
from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLSchema,
    InlineFragmentNode,
    get_named_type,
    is_abstract_type,
    parse,
)

from cms.api.http.contract import documents
from cms.api.schema import schema

GRAPHQL_SCHEMA: GraphQLSchema = schema.graphql_schema


def unconditional_fields(selection_set, type_name: str, fragments: dict) -> set[str]:
    """Field names selected for every object of `type_name`: direct fields, and those of
    fragments whose condition is that type itself (or none)."""
    names: set[str] = set()
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            names.add(selection.name.value)
            continue
        if isinstance(selection, FragmentSpreadNode):
            fragment = fragments[selection.name.value]
            condition, inner = fragment.type_condition, fragment.selection_set
        else:
            condition, inner = selection.type_condition, selection.selection_set
        if condition is None or condition.name.value == type_name:
            names |= unconditional_fields(inner, type_name, fragments)
    return names


def missing_ids(document_text: str) -> list[str]:
    document = parse(document_text)
    fragments = {d.name.value: d for d in document.definitions if hasattr(d, "type_condition")}
    missing: list[str] = []

    def walk(selection_set, parent_type, path: str) -> None:
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                if selection.selection_set is None:
                    continue
                field = parent_type.fields[selection.name.value]
                child = get_named_type(field.type)
                here = (
                    f"{path}.{selection.alias.value if selection.alias else selection.name.value}"
                )
                if "id" in child.fields and "id" not in unconditional_fields(
                    selection.selection_set, child.name, fragments
                ):
                    missing.append(f"{here} ({child.name})")
                walk(selection.selection_set, child, here)
            elif isinstance(selection, InlineFragmentNode):
                narrowed = parent_type
                if selection.type_condition is not None:
                    narrowed = GRAPHQL_SCHEMA.get_type(selection.type_condition.name.value)
                walk(selection.selection_set, narrowed, path)
            else:
                fragment = fragments[selection.name.value]
                narrowed = GRAPHQL_SCHEMA.get_type(fragment.type_condition.name.value)
                walk(fragment.selection_set, narrowed, f"{path}...{fragment.name.value}")

    for definition in document.definitions:
        if not hasattr(definition, "type_condition"):
            walk(definition.selection_set, GRAPHQL_SCHEMA.query_type, definition.name.value)
    return missing


@pytest.mark.parametrize("operation", sorted(documents()))
def test_every_object_with_an_id_selects_it(operation):
    assert missing_ids(documents()[operation]) == []


def test_a_selection_without_the_id_is_reported():
    document = "query Q { newsItems { edges { node { id heroImage { alt } } } } }"
    assert missing_ids(document) == ["Q.newsItems.edges.node.heroImage (Image)"]


def test_an_id_selected_only_for_one_type_of_an_interface_is_reported():
    document = 'query Q { page(urlPath: "/") { ... on ReportPage { id } title } }'
    assert missing_ids(document) == ["Q.page (Page)"]
    assert is_abstract_type(GRAPHQL_SCHEMA.get_type("Page"))
