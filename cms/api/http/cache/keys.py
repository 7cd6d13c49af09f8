"""Cache keys for GraphQL requests, built from exactly what will execute.

The pipeline reads the request once (`cms/api/http/request.py`) and keys the cache on that same
reading: the document as parsed and printed back (so whitespace, comments and commas do not
matter), the variables as sorted JSON, the operation name and the site. Nothing the executor
reads can differ from what the key was built on.
"""

import hashlib
import json
from typing import Any

from graphql import DocumentNode, visit
from graphql.language import ArgumentNode
from graphql.language.visitor import Visitor

from cms.observability.metrics import CACHE_HEADER  # noqa: F401 (the header the metrics count)

KEY_PREFIX = "newsroom:graphql:"

# Arguments whose presence makes a response personal (drafts seen through a token).
PRIVATE_ARGUMENTS = frozenset({"previewToken", "embargoToken", "token"})


def cache_key(
    normalized_query: str,
    variables: dict[str, Any],
    operation_name: str | None,
    site_id: int | None,
    base: str | None,
) -> str:
    payload = json.dumps(
        {
            "query": normalized_query,
            "variables": variables,
            "operation": operation_name,
            "site": site_id,
            "base": base,
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


def uses_private_arguments(document: DocumentNode) -> bool:
    finder = _PrivateArgumentFinder()
    visit(document, finder)
    return finder.found
