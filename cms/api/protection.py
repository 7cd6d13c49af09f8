"""Limits that refuse hostile queries before any resolver (or SQL) runs.

The committed operations (frontend_contract/operations/) need at most depth 6, 273 tokens,
no aliases and a cost of 701 (the listing at 100 items); the defaults in settings leave
headroom above that (depth 8, 1000 tokens, 15 aliases, cost 3000) and each has an
environment override. Cost: object fields cost 1, renditions 3, and a list multiplies what
it contains by `first` (connections) or by a typical length (see LIST_SIZES), so nesting
lists inside lists is refused long before it could explode.
"""

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from django.conf import settings
from graphql import (
    DocumentNode,
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    ValidationRule,
    parse,
    validate,
)
from graphql.validation import NoSchemaIntrospectionCustomRule, specified_rules

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
# Introspection reads the schema, not content: its standard query (depth 15, from ofType
# chains) is exempt from depth and cost, and production turns it off (INTROSPECTION). Its one
# costly shape, the types > fields > type > fields cycle, is refused by graphql-core's own
# MaxIntrospectionDepthRule (among the specified rules).
INTROSPECTION_FIELDS = frozenset({"__schema", "__type"})


def limits() -> Mapping[str, Any]:
    return settings.NEWSROOM_GRAPHQL


class QueryShape:
    """Depth, alias count and cost of one operation, with fragments expanded."""

    def __init__(self, fragments: dict, variables: Mapping[str, Any]) -> None:
        self.fragments = fragments
        self.variables = variables
        self.aliases = 0

    def fields(
        self, selection_set, seen: frozenset = frozenset(), introspection: bool = False
    ) -> list[FieldNode]:
        found: list[FieldNode] = []
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                if introspection or selection.name.value not in INTROSPECTION_FIELDS:
                    found.append(selection)
            elif isinstance(selection, InlineFragmentNode):
                found.extend(self.fields(selection.selection_set, seen, introspection))
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name not in seen and name in self.fragments:
                    fragment = self.fragments[name].selection_set
                    found.extend(self.fields(fragment, seen | {name}, introspection))
        return found

    def depth(self, selection_set) -> int:
        children = self.fields(selection_set)
        return 1 + max(
            (self.depth(f.selection_set) for f in children if f.selection_set), default=0
        )

    def cost(self, selection_set) -> int:
        total = 0
        for field in self.fields(selection_set):
            if field.alias:
                self.aliases += 1
            name = field.name.value
            if not field.selection_set:
                total += EXPENSIVE_FIELDS.get(name, 0)
                continue
            total += 1 + self.list_size(field) * self.cost(field.selection_set)
        return total

    def list_size(self, field: FieldNode) -> int:
        name = field.name.value
        if name in PAGINATED_FIELDS:
            return self.argument(field, "first", limits()["DEFAULT_PAGE_SIZE"])
        return LIST_SIZES.get(name, 1)

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


def limits_rule(variables: Mapping[str, Any] | None) -> type[ValidationRule]:
    class QueryLimitsRule(ValidationRule):
        def enter_document(self, node, *_args):
            operations = [d for d in node.definitions if isinstance(d, OperationDefinitionNode)]
            if len(operations) > 1:
                self.report_error(GraphQLError("Send one operation per request.", operations[1]))
                return self.BREAK
            fragments = {
                d.name.value: d for d in node.definitions if d.kind == "fragment_definition"
            }
            for operation in operations:
                self.check(operation, QueryShape(fragments, variables or {}))
            return self.SKIP

        def check(self, operation: OperationDefinitionNode, shape: QueryShape) -> None:
            configured = limits()
            depth = shape.depth(operation.selection_set)
            if depth > configured["MAX_DEPTH"]:
                self.report_error(
                    GraphQLError(
                        f"Query depth {depth} exceeds the limit of {configured['MAX_DEPTH']}.",
                        operation,
                    )
                )
            cost = shape.cost(operation.selection_set)
            if shape.aliases > configured["MAX_ALIASES"]:
                self.report_error(
                    GraphQLError(
                        f"{shape.aliases} aliases exceed the limit of {configured['MAX_ALIASES']}.",
                        operation,
                    )
                )
            if cost > configured["MAX_COST"]:
                self.report_error(
                    GraphQLError(
                        f"Query cost {cost} exceeds the limit of {configured['MAX_COST']}; "
                        "ask for fewer items per page or fewer nested lists.",
                        operation,
                    )
                )

    return QueryLimitsRule


def validation_rules(variables: Mapping[str, Any] | None) -> list[type[ValidationRule]]:
    return [*document_rules(limits()["INTROSPECTION"]), limits_rule(variables)]


def document_rules(introspection: bool) -> list[type[ValidationRule]]:
    """The rules whose verdict depends on the query text alone (not on variables)."""
    if introspection:
        return list(specified_rules)
    return [*specified_rules, NoSchemaIntrospectionCustomRule]


@lru_cache(maxsize=512)
def checked_document(
    schema: GraphQLSchema, query: str, max_tokens: int, introspection: bool
) -> tuple[DocumentNode | None, tuple[GraphQLError, ...]]:
    """Parsing and the standard validation are pure functions of the query text, and frontends
    send the same few operations over and over: do that work once per text. The limits that
    read variables (`first` in the cost) still run on every request."""
    try:
        document = parse(query, max_tokens=max_tokens)
    except GraphQLError as error:
        return None, (error,)
    return document, tuple(validate(schema, document, document_rules(introspection), max_errors=20))
