"""One request pipeline for /graphql/, in the order that makes refusals cheap:

read the request once (`request.py`: byte limits first) → parse with the parser's own token
limit, once per query text → choose the operation → depth, aliases and cost with the request's
variables (each fragment measured once, variable defaults counted) → the standard validation,
once per query text → look up the response cache, keyed on exactly what will execute → on a
miss, the schedule's catch-up (database.py) and execute → store. A refusal runs no SQL and costs milliseconds, whatever its size.
"""

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from graphql import ExecutionResult, GraphQLError, OperationDefinitionNode, OperationType, execute

from cms.api.core.errors import ErrorCode, Refusal, coded, formatted
from cms.api.http.cache.keys import cache_key
from cms.api.http.cache.store import response_cache
from cms.api.http.context import ApiContext
from cms.api.http.persisted import operation_id, persisted_operations
from cms.api.http.plan import execute_planned
from cms.api.http.protection import (
    CheckedDocument,
    limit_errors,
    limits,
    parsed_document,
    validation_errors,
)
from cms.api.http.request import GraphQLParams
from cms.api.schema import schema
from cms.conf import newsroom
from cms.media.urls import request_base
from newsroom_pages.sites import SiteScope, site_for_request


@dataclass(frozen=True)
class Operation:
    params: GraphQLParams
    checked: CheckedDocument
    definition: OperationDefinitionNode
    site: SiteScope

    @property
    def name(self) -> str | None:
        return self.definition.name.value if self.definition.name else None

    @property
    def persisted(self) -> bool:
        """One of the operations the CMS ships (frontend_contract/), however it was sent."""
        return operation_id(self.params.query) in persisted_operations()

    def shareable(self, request: HttpRequest) -> bool:
        """Not personal: no signed-in user, no credentials, no preview or embargo token. Such
        an answer, when error-free, may be shared (response cache, CDNs, browsers)."""
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated) or "HTTP_AUTHORIZATION" in request.META:
            return False
        return not self.checked.private

    def cache_key(self, request: HttpRequest) -> str | None:
        """None when the answer must not be shared, or the response cache is off."""
        if not self.shareable(request) or not response_cache.enabled:
            return None
        return cache_key(
            self.checked.normalized,
            self.params.variables,
            self.params.operation_name,
            self.site.site_id if self.site else None,
            request_base(request),
        )


def prepare(request: HttpRequest, params: GraphQLParams) -> Operation:
    configured = limits()
    checked = parsed_document(params.query, configured["MAX_TOKENS"])
    if checked.document is None:
        raise Refusal(400, *checked.errors)
    definition = _operation(checked, params.operation_name, request.method)
    errors = limit_errors(checked.document, definition, params.variables)
    if errors:
        raise Refusal(400, *errors)
    errors = validation_errors(
        schema.graphql_schema, params.query, configured["MAX_TOKENS"], configured["INTROSPECTION"]
    )
    if errors:
        raise Refusal(400, *errors)
    if _has_nul(params.variables):
        raise Refusal.of(400, "Strings may not contain NUL characters.", ErrorCode.BAD_USER_INPUT)
    return Operation(params, checked, definition, site_for_request(request))


def _operation(
    checked: CheckedDocument, name: str | None, method: str | None
) -> OperationDefinitionNode:
    operations = [d for d in checked.document.definitions if isinstance(d, OperationDefinitionNode)]
    if not operations:
        raise Refusal.of(400, "Send a query operation.", ErrorCode.GRAPHQL_VALIDATION_FAILED)
    if len(operations) > 1:
        raise Refusal.of(400, "Send one operation per request.", ErrorCode.OPERATION_NOT_SUPPORTED)
    operation = operations[0]
    if name and (operation.name is None or operation.name.value != name):
        raise Refusal.of(400, f"Unknown operation '{name}'.", ErrorCode.OPERATION_NOT_SUPPORTED)
    if operation.operation is OperationType.MUTATION and method == "GET":
        # GraphQL over HTTP: a GET never runs a mutation, whatever the server supports.
        raise Refusal.of(
            405,
            "A mutation cannot be sent with GET: use POST.",
            ErrorCode.METHOD_NOT_ALLOWED,
            headers={"Allow": "POST"},
        )
    if operation.operation is not OperationType.QUERY:
        raise Refusal.of(400, "Only queries are supported.", ErrorCode.OPERATION_NOT_SUPPORTED)
    return operation


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(item) for item in value)
    return False


@dataclass(frozen=True)
class Answer:
    body: dict
    status: int

    @property
    def storable(self) -> bool:
        return self.status == 200 and not self.body.get("errors")


def never_awaitable(_value: Any) -> bool:
    """Every resolver here is synchronous (Django's ORM): graphql-core need not inspect each
    of the thousands of values a listing resolves for an awaitable."""
    return False


def run(request: HttpRequest, operation: Operation) -> Answer:
    """Executes through the document's plan (plan.py), or graphql-core when the plan cannot;
    the schedule's catch-up has run just before (`database.on_read_database`)."""
    if newsroom.API_PLANNED_EXECUTION:
        data = execute_planned(
            schema.graphql_schema,
            operation.checked.document,
            _context(request, operation),
            operation.params.variables,
            operation.params.operation_name,
        )
        if data is not None:
            return Answer({"data": data}, 200)
    result: ExecutionResult = execute(
        schema.graphql_schema,
        operation.checked.document,
        context_value=_context(request, operation),
        variable_values=operation.params.variables,
        operation_name=operation.params.operation_name,
        is_awaitable=never_awaitable,
    )
    if result.data is None and result.errors and not any(e.path for e in result.errors):
        # Variables that cannot be coerced to their declared types: nothing executed.
        errors = [coded(e.message, ErrorCode.BAD_USER_INPUT) for e in result.errors]
        raise Refusal(400, *errors)
    body: dict[str, Any] = {}
    if result.errors:
        body["errors"] = [formatted(error) for error in result.errors]
    body["data"] = result.data
    return Answer(body, 200)


def _context(request: HttpRequest, operation: Operation) -> ApiContext:
    return ApiContext(request, operation.site, operation.checked.field_names)


def refusal_body(refusal: Refusal) -> dict:
    return {"errors": [formatted(error) for error in refusal.errors]}


def internal_error_body(error: Exception) -> dict:
    return {"errors": [formatted(error)]}


__all__ = ["Answer", "GraphQLError", "Operation", "prepare", "refusal_body", "run"]
