"""Error codes: every error a client can receive carries `extensions.code` from this set, so
clients branch on a code, never on message text. frontend_contract/README.md lists them."""

import logging
from enum import StrEnum

from graphql import GraphQLError

from cms.api.core.suggestions import without_suggestions
from newsroom_pages.localization import UnknownLocale

logger = logging.getLogger("cms.api")

INTERNAL_ERROR_MESSAGE = "Internal server error."


class ErrorCode(StrEnum):
    BAD_REQUEST = "BAD_REQUEST"
    """The HTTP request is not a GraphQL request this endpoint reads (body, JSON, parameters)."""
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
    REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE"
    GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
    GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
    OPERATION_NOT_SUPPORTED = "OPERATION_NOT_SUPPORTED"
    """A mutation or subscription, several operations, or an unknown operation name."""
    QUERY_TOO_DEEP = "QUERY_TOO_DEEP"
    QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
    """Too costly, or too many aliases."""
    BAD_USER_INPUT = "BAD_USER_INPUT"
    """An argument or variable the API cannot use (out of range, malformed, unknown locale)."""
    PREVIEW_TOKEN_INVALID = "PREVIEW_TOKEN_INVALID"
    PREVIEW_TOKEN_EXPIRED = "PREVIEW_TOKEN_EXPIRED"
    RENDITION_NOT_ALLOWED = "RENDITION_NOT_ALLOWED"
    RENDITION_UNAVAILABLE = "RENDITION_UNAVAILABLE"
    GONE = "GONE"
    """The page asked for was taken down by the legal team (frontends answer HTTP 410)."""
    PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
    """An `id` or APQ hash the CMS did not ship (frontend_contract/persisted-operations.json)."""
    INVALID_SYNC_TOKEN = "INVALID_SYNC_TOKEN"
    """A `sync` token this API did not issue."""
    SYNC_TOKEN_EXPIRED = "SYNC_TOKEN_EXPIRED"
    """A `sync` token older than the kept change log: start again from zero (no token)."""
    PERSISTED_QUERY_REQUIRED = "PERSISTED_QUERY_REQUIRED"
    """NEWSROOM_GRAPHQL_PERSISTED_ONLY is on and the request sent a document's text."""
    INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"


def coded(message: str, code: ErrorCode, node=None) -> GraphQLError:
    return GraphQLError(message, node, extensions={"code": code.value})


def bad_input(message: str, code: ErrorCode = ErrorCode.BAD_USER_INPUT) -> GraphQLError:
    return coded(message, code)


class Refusal(Exception):
    """A request refused before anything executes: an HTTP status and coded errors."""

    def __init__(
        self, status: int, *errors: GraphQLError, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(errors[0].message if errors else "")
        self.status = status
        self.errors = list(errors)
        self.headers = headers or {}

    @classmethod
    def of(
        cls, status: int, message: str, code: ErrorCode, headers: dict[str, str] | None = None
    ) -> "Refusal":
        return cls(status, coded(message, code), headers=headers)


def formatted(error: Exception) -> dict:
    """The client's view of an error: a GraphQL error as the spec formats it (with a code), or
    for anything unexpected a coded internal error, logged once here with its traceback."""
    if isinstance(error, GraphQLError):
        original = error.original_error
        if original is not None and not isinstance(original, GraphQLError):
            if isinstance(original, UserInputError):
                return {**error.formatted, "extensions": {"code": original.code.value}}
            if isinstance(original, UnknownLocale):
                return {**error.formatted, "extensions": {"code": ErrorCode.BAD_USER_INPUT.value}}
            logger.error("Error while resolving %s", error.path, exc_info=original)
            return {
                "message": INTERNAL_ERROR_MESSAGE,
                "path": error.path,
                "extensions": {"code": ErrorCode.INTERNAL_SERVER_ERROR.value},
            }
        result = without_suggestions(error.formatted)
        if not (result.get("extensions") or {}).get("code"):
            result["extensions"] = {**(result.get("extensions") or {}), "code": _code_of(error)}
        return result
    logger.error("GraphQL request failed", exc_info=error)
    return {
        "message": INTERNAL_ERROR_MESSAGE,
        "extensions": {"code": ErrorCode.INTERNAL_SERVER_ERROR.value},
    }


class UserInputError(ValueError):
    """Raised by resolvers for input they cannot use; becomes a coded GraphQL error."""

    def __init__(self, message: str, code: ErrorCode = ErrorCode.BAD_USER_INPUT) -> None:
        super().__init__(message)
        self.code = code


def _code_of(error: GraphQLError) -> str:
    """Errors raised by graphql-core itself: syntax errors carry no code of their own."""
    if error.message.startswith("Syntax Error"):
        return ErrorCode.GRAPHQL_PARSE_FAILED.value
    if error.path:
        return ErrorCode.BAD_USER_INPUT.value
    return ErrorCode.GRAPHQL_VALIDATION_FAILED.value
