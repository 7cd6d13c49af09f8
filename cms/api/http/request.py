"""Reading a GraphQL request, once, before anything else looks at it.

One reader for GET (query string), JSON POST and `application/graphql` POST. What it returns is
exactly what will execute and what the response cache is keyed on, so the two can never
disagree: a request that carries the query, variables or operation name both in the URL and in
the body is refused instead of guessing which one wins. Size is checked before the body is read
or decoded, so an oversize request costs nothing.
"""

import json
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest

from cms.api.core.errors import ErrorCode, Refusal
from cms.api.http.persisted import operation_id, persisted_text
from cms.conf import newsroom

PARAMETERS = ("query", "id", "variables", "operationName", "extensions")


@dataclass(frozen=True)
class GraphQLParams:
    query: str
    variables: dict[str, Any] = field(default_factory=dict)
    operation_name: str | None = None
    extensions: dict[str, Any] = field(default_factory=dict)


def bad_request(message: str) -> Refusal:
    return Refusal.of(400, message, ErrorCode.BAD_REQUEST)


def read_request(request: HttpRequest) -> GraphQLParams:
    maximum = newsroom.GRAPHQL["MAX_BODY_BYTES"]
    _check_size(request, maximum)
    url = {name: request.GET[name] for name in PARAMETERS if name in request.GET}
    if request.method == "GET":
        return _params(url, from_url=True)
    body = _body(request, maximum)
    both = sorted(set(url) & set(body))
    if both:
        raise bad_request(
            f"`{'`, `'.join(both)}` appear(s) both in the URL and in the body: send each once."
        )
    return _params({**url, **body}, from_url=False, url_names=set(url))


def _check_size(request: HttpRequest, maximum: int) -> None:
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > maximum or len(request.META.get("QUERY_STRING", "")) > maximum:
        raise Refusal.of(
            413, f"The request is larger than {maximum} bytes.", ErrorCode.REQUEST_TOO_LARGE
        )


def _body(request: HttpRequest, maximum: int) -> dict[str, Any]:
    raw = request.read(maximum + 1)
    if len(raw) > maximum:
        raise Refusal.of(
            413, f"The request is larger than {maximum} bytes.", ErrorCode.REQUEST_TOO_LARGE
        )
    content_type = request.content_type
    if content_type == "application/graphql":
        return {"query": raw.decode("utf-8", "replace")}
    if content_type != "application/json":
        raise Refusal.of(
            415,
            "Send the request as application/json (or application/graphql).",
            ErrorCode.BAD_REQUEST,
        )
    try:
        payload = json.loads(raw.decode("utf-8") or "null")
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise bad_request("The request body is not valid JSON.") from None
    if isinstance(payload, list):
        raise bad_request("Batched requests are not supported: send one operation per request.")
    if not isinstance(payload, dict):
        raise bad_request("The request body must be a JSON object.")
    return {name: payload[name] for name in PARAMETERS if payload.get(name) is not None}


def _json_parameter(name: str, value: Any) -> Any:
    """URL parameters are strings holding JSON; body parameters are JSON already."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except (ValueError, RecursionError):
        raise bad_request(f"`{name}` is not valid JSON.") from None


def _persisted(data: dict[str, Any], extensions: dict | None) -> str | None:
    """The document to run when the request names a persisted operation (`id`, or Apollo's
    APQ `extensions.persistedQuery.sha256Hash`); None when it sends a document's text."""
    persisted = (extensions or {}).get("persistedQuery")
    document_id = data.get("id") or (
        persisted.get("sha256Hash") if isinstance(persisted, dict) else None
    )
    query = data.get("query")
    if document_id is None:
        if newsroom.GRAPHQL["PERSISTED_ONLY"]:
            raise Refusal.of(
                400,
                "This API runs persisted operations only: send `id` (sha256 of the document).",
                ErrorCode.PERSISTED_QUERY_REQUIRED,
            )
        return None
    text = persisted_text(document_id) if isinstance(document_id, str) else None
    if text is not None:
        return text
    if isinstance(query, str) and not newsroom.GRAPHQL["PERSISTED_ONLY"]:
        if operation_id(query) != str(document_id).lower():
            raise bad_request("The persisted query's hash does not match its text.")
        return query
    raise Refusal.of(
        400 if newsroom.GRAPHQL["PERSISTED_ONLY"] else 200,
        "PersistedQueryNotFound",
        ErrorCode.PERSISTED_QUERY_NOT_FOUND,
    )


def _params(
    data: dict[str, Any], *, from_url: bool, url_names: frozenset | set = frozenset()
) -> GraphQLParams:
    variables, extensions = data.get("variables"), data.get("extensions")
    if from_url or "variables" in url_names:
        variables = _json_parameter("variables", variables)
    if from_url or "extensions" in url_names:
        extensions = _json_parameter("extensions", extensions)
    if variables is not None and not isinstance(variables, dict):
        raise bad_request("`variables` must be a JSON object.")
    if extensions is not None and not isinstance(extensions, dict):
        raise bad_request("`extensions` must be a JSON object.")
    query = _persisted(data, extensions) or data.get("query")
    if not isinstance(query, str) or not query.strip():
        raise bad_request("Send a GraphQL query in `query` (or a persisted operation's `id`).")
    operation_name = data.get("operationName")
    if operation_name is not None and not isinstance(operation_name, str):
        raise bad_request("`operationName` must be a string.")
    return GraphQLParams(query, variables or {}, operation_name or None, extensions or {})
