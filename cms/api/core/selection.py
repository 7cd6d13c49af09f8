"""Looking ahead at what a query selects, so related sets can be loaded before they are resolved
(one batch for the whole response instead of one per nested field)."""

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentSpreadNode,
    GraphQLResolveInfo,
    InlineFragmentNode,
)


def _fields(selection_set, info: GraphQLResolveInfo, seen: set[str]) -> list[FieldNode]:
    fields: list[FieldNode] = []
    for selection in selection_set.selections if selection_set else ():
        if isinstance(selection, FieldNode):
            fields.append(selection)
        elif isinstance(selection, InlineFragmentNode):
            fields.extend(_fields(selection.selection_set, info, seen))
        elif isinstance(selection, FragmentSpreadNode) and selection.name.value not in seen:
            seen.add(selection.name.value)
            fragment = info.fragments.get(selection.name.value)
            if fragment:
                fields.extend(_fields(fragment.selection_set, info, seen))
    return fields


def selected_names(info: GraphQLResolveInfo, *path: str) -> set[str]:
    """Field names selected below the current field, following `path` (e.g. "edges", "node")."""
    level = [
        field for node in info.field_nodes for field in _fields(node.selection_set, info, set())
    ]
    for name in path:
        level = [
            child
            for field in level
            if field.name.value == name
            for child in _fields(field.selection_set, info, set())
        ]
    return {field.name.value for field in level}


def field_names(document: DocumentNode) -> frozenset[str]:
    """Every field name the document selects anywhere (operations and fragments). Pages are
    pooled across a response, so a join one field needs is made wherever the document names it;
    memoised with the parsed document, once per query text."""
    names: set[str] = set()
    pending = [definition.selection_set for definition in document.definitions]
    while pending:
        selection_set = pending.pop()
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                names.add(selection.name.value)
            pending.append(getattr(selection, "selection_set", None))
    return frozenset(names)
