"""Limits that refuse hostile queries before any resolver (or SQL) runs.

The committed operations (frontend_contract/operations/) need at most depth 6, 273 tokens,
no aliases and a cost of 701 (the listing at 100 items); the defaults in `cms/conf.py` leave
headroom above that (depth 8, 1000 tokens, 15 aliases, cost 3000) and each has an environment
override. Cost: object fields cost 1, renditions 3, and a list multiplies what it contains by
`first` (connections, variable defaults included) or by a typical length (LIST_SIZES), so
nesting lists inside lists is refused long before it could explode.

Each fragment is measured once per request and its shape reused at every spread, so the work
is linear in the document's size: a document of fragments that each spread the previous one
twice is measured in microseconds, whatever its nominal (exponential) size.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    StringValueNode,
    Visitor,
    parse,
    print_ast,
    validate,
    visit,
)
from graphql.utilities import value_from_ast_untyped
from graphql.validation import NoSchemaIntrospectionCustomRule, specified_rules

from cms.api.core.errors import ErrorCode, coded
from cms.api.core.selection import field_names
from cms.api.http.cache.keys import uses_private_arguments
from cms.conf import newsroom

EXPENSIVE_FIELDS = {"rendition": 3, "srcSet": 3}
LIST_SIZES = {
    "body": 30,
    "topics": 10,
    "countries": 10,
    "relatedItems": 10,
    "items": 12,
    "translations": 4,
    "locales": 4,
}
PAGINATED_FIELDS = {"newsItems"}
LISTED_BY_IDS = {"nodes": "ids"}
INTROSPECTION_FIELDS = {"__schema", "__type"}


def limits() -> Mapping[str, Any]:
    return newsroom.GRAPHQL


@dataclass(frozen=True)
class Shape:
    depth: int
    cost: int
    aliases: int


EMPTY = Shape(0, 0, 0)


class QueryShape:
    """Depth, alias count and cost of one operation, each fragment measured once."""

    def __init__(self, fragments: dict[str, FragmentDefinitionNode], variables: Mapping) -> None:
        self.fragments = fragments
        self.variables = variables
        self._fragments: dict[str, Shape] = {}
        self._measuring: set[str] = set()

    def of(self, selection_set: SelectionSetNode | None) -> Shape:
        inner = cost = aliases = 0
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                if selection.name.value in INTROSPECTION_FIELDS:
                    continue
                aliases += 1 if selection.alias else 0
                if not selection.selection_set:
                    cost += EXPENSIVE_FIELDS.get(selection.name.value, 0)
                    continue
                child = self.of(selection.selection_set)
                inner = max(inner, child.depth)
                cost += 1 + self.list_size(selection) * child.cost
                aliases += child.aliases
                continue
            if isinstance(selection, InlineFragmentNode):
                child = self.of(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                child = self.fragment(selection.name.value)
            else:
                continue
            inner = max(inner, child.depth - 1)
            cost += child.cost
            aliases += child.aliases
        return Shape(1 + inner, cost, aliases)

    def fragment(self, name: str) -> Shape:
        if name not in self._fragments:
            if name in self._measuring or name not in self.fragments:
                return EMPTY  # a cycle or an unknown fragment: validation reports it
            self._measuring.add(name)
            self._fragments[name] = self.of(self.fragments[name].selection_set)
            self._measuring.discard(name)
        return self._fragments[name]

    def list_size(self, field: FieldNode) -> int:
        name = field.name.value
        if name in PAGINATED_FIELDS:
            return self.argument(field, "first", limits()["DEFAULT_PAGE_SIZE"])
        if name in LISTED_BY_IDS:
            return self.ids_count(field, LISTED_BY_IDS[name])
        return LIST_SIZES.get(name, 1)

    def ids_count(self, field: FieldNode, name: str) -> int:
        """`nodes(ids:)` returns one object per id: the list's length, literal or variable."""
        for argument in field.arguments:
            if argument.name.value == name:
                node = argument.value
                if node.kind == "variable":
                    value = self.variables.get(node.name.value)
                    return max(len(value), 1) if isinstance(value, list) else 1
                return max(len(getattr(node, "values", ()) or ()), 1)
        return 1

    def argument(self, field: FieldNode, name: str, default: int) -> int:
        for argument in field.arguments:
            if argument.name.value != name:
                continue
            node = argument.value
            value = (
                self.variables.get(node.name.value, default)
                if node.kind == "variable"
                else getattr(node, "value", default)
            )
            try:
                return max(int(value), 1)
            except (TypeError, ValueError):
                return default
        return default


def effective_variables(operation: OperationDefinitionNode, variables: Mapping) -> dict:
    """What the operation will execute with: declared defaults, overridden by the request."""
    values = {
        definition.variable.name.value: value_from_ast_untyped(definition.default_value)
        for definition in operation.variable_definitions
        if definition.default_value is not None
    }
    return {**values, **variables}


def limit_errors(
    document: DocumentNode, operation: OperationDefinitionNode, variables: Mapping
) -> list[GraphQLError]:
    configured = limits()
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    shape = QueryShape(fragments, effective_variables(operation, variables)).of(
        operation.selection_set
    )
    errors = []
    if shape.depth > configured["MAX_DEPTH"]:
        errors.append(
            coded(
                f"Query depth {shape.depth} exceeds the limit of {configured['MAX_DEPTH']}.",
                ErrorCode.QUERY_TOO_DEEP,
                operation,
            )
        )
    if shape.aliases > configured["MAX_ALIASES"]:
        errors.append(
            coded(
                f"{shape.aliases} aliases exceed the limit of {configured['MAX_ALIASES']}.",
                ErrorCode.QUERY_TOO_COMPLEX,
                operation,
            )
        )
    if shape.cost > configured["MAX_COST"]:
        errors.append(
            coded(
                f"Query cost {shape.cost} exceeds the limit of {configured['MAX_COST']}; "
                "ask for fewer items per page or fewer nested lists.",
                ErrorCode.QUERY_TOO_COMPLEX,
                operation,
            )
        )
    return errors


def document_rules(introspection: bool) -> list:
    """The rules whose verdict depends on the query text alone (not on variables)."""
    if introspection:
        return list(specified_rules)
    return [*specified_rules, NoSchemaIntrospectionCustomRule]


@dataclass(frozen=True)
class CheckedDocument:
    document: DocumentNode | None
    errors: tuple[GraphQLError, ...]
    normalized: str = ""
    private: bool = False
    """Uses an argument (a preview or embargo token) that makes the answer personal."""
    field_names: frozenset[str] | None = None
    """Every field it selects: the page loader joins only what these need."""


@lru_cache(maxsize=256)
def parsed_document(query: str, max_tokens: int) -> CheckedDocument:
    """Parsing is a pure function of the query text, and frontends send the same few operations
    over and over: do it once per text. The text reaching here has passed the byte limit, and
    the parser stops at `max_tokens`."""
    try:
        document = parse(query, max_tokens=max_tokens)
    except GraphQLError as error:
        return CheckedDocument(None, (coded(error.message, ErrorCode.GRAPHQL_PARSE_FAILED),))
    return CheckedDocument(
        document,
        (),
        print_ast(document),
        uses_private_arguments(document),
        field_names(document),
    )


@lru_cache(maxsize=256)
def validation_errors(
    schema: GraphQLSchema, query: str, max_tokens: int, introspection: bool
) -> tuple[GraphQLError, ...]:
    """The standard validation, once per query text; it runs after the limits, which are
    cheaper, so a document refused for its cost or depth is never validated."""
    document = parsed_document(query, max_tokens).document
    errors = tuple(validate(schema, document, document_rules(introspection), max_errors=20))
    if any("\x00" in node.value for node in _strings(document)):
        errors += (coded("Strings may not contain NUL characters.", ErrorCode.BAD_USER_INPUT),)
    return errors


def _strings(document: DocumentNode) -> list[StringValueNode]:
    found: list[StringValueNode] = []

    class Strings(Visitor):
        def enter_string_value(self, node: StringValueNode, *_args) -> None:
            found.append(node)

    visit(document, Strings())
    return found
