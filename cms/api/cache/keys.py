"""Cache keys for GraphQL requests.

Two requests that mean the same thing must share a key: the query is parsed and printed back
from its AST so whitespace, comments and commas do not matter, and variables are serialised
as sorted JSON so their order does not either.
"""

import hashlib
import json
from functools import lru_cache
from typing import Any

from graphql import GraphQLError, OperationType, parse, print_ast
from graphql.language import ArgumentNode, DocumentNode, OperationDefinitionNode, visit
from graphql.language.visitor import Visitor

KEY_PREFIX = "newsroom:graphql:"

# Arguments whose presence makes a response personal (drafts seen through a preview token,
# releases through a journalist's embargo token).
PRIVATE_ARGUMENTS = frozenset({"previewToken", "embargoToken", "token"})


class UncacheableQuery(ValueError):
    """The request cannot be answered from the cache (syntax error, mutation, preview)."""


@lru_cache(maxsize=512)
def normalize_query(query: str) -> str:
    """Memoised: frontends send the same few query texts, and parsing a large one on every
    cache hit would cost more than the rest of the hit."""
    return print_ast(parse_query(query))


def parse_query(query: str) -> DocumentNode:
    try:
        return parse(query, no_location=True)
    except GraphQLError as error:
        raise UncacheableQuery(f"Not a valid GraphQL document: {error.message}") from error


def cache_key(
    query: str,
    variables: dict[str, Any] | None,
    operation_name: str | None,
    locale: str | None,
) -> str:
    """The key under which the response to this request is stored (before its generation)."""
    payload = json.dumps(
        {
            "query": normalize_query(query),
            "variables": variables or {},
            "operation": operation_name or None,
            "locale": locale or None,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )
    return KEY_PREFIX + hashlib.sha256(payload.encode()).hexdigest()


class _PrivateArgumentFinder(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found = False

    def enter_argument(self, node: ArgumentNode, *_args) -> None:
        if node.name.value in PRIVATE_ARGUMENTS:
            self.found = True


@lru_cache(maxsize=512)
def ensure_cacheable(query: str, operation_name: str | None) -> None:
    """Raise `UncacheableQuery` unless the operation only reads published content."""
    document = parse_query(query)
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name:
        operations = [op for op in operations if op.name and op.name.value == operation_name]
    if len(operations) != 1:
        raise UncacheableQuery("The request does not select exactly one operation.")
    if operations[0].operation is not OperationType.QUERY:
        raise UncacheableQuery("Only queries are cached, never mutations or subscriptions.")
    finder = _PrivateArgumentFinder()
    visit(document, finder)
    if finder.found:
        raise UncacheableQuery("Preview requests show drafts and are never cached.")
