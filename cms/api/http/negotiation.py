"""GraphQL over HTTP (the working draft's response media types and status codes).

`application/graphql-response+json` lets status codes say what happened: a document that does
not parse or validate, or variables that cannot be used, is a 4xx. Under legacy
`application/json` a well-formed request is always answered 200, errors in the body, because
intermediaries may replace the body of a 4xx. A request without Accept keeps the 4xx statuses
and the legacy media type, which every JSON client reads; so does `*/*`: the new media type
is only sent to a client that names it.
"""

from django.http import HttpRequest

from cms.api.core.errors import ErrorCode

GRAPHQL_RESPONSE = "application/graphql-response+json"
JSON = "application/json"

# Errors of a well-formed request (it reached GraphQL): 200 under application/json.
GRAPHQL_LEVEL = frozenset(
    {
        ErrorCode.GRAPHQL_PARSE_FAILED,
        ErrorCode.GRAPHQL_VALIDATION_FAILED,
        ErrorCode.OPERATION_NOT_SUPPORTED,
        ErrorCode.QUERY_TOO_DEEP,
        ErrorCode.QUERY_TOO_COMPLEX,
        ErrorCode.BAD_USER_INPUT,
        ErrorCode.PERSISTED_QUERY_NOT_FOUND,
        ErrorCode.PERSISTED_QUERY_REQUIRED,
    }
)


def _quality(accept: str, media: str) -> float:
    best = 0.0
    main = media.split("/")[0]
    for part in accept.split(","):
        pieces = [piece.strip() for piece in part.split(";")]
        kind, q = pieces[0].lower(), 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if kind in (media, f"{main}/*", "*/*"):
            specificity = 2 if kind == media else 1 if kind == f"{main}/*" else 0
            best = max(best, q + specificity * 1e-3 if q > 0 else 0.0)
    return best


def response_media(request: HttpRequest) -> tuple[str, bool]:
    """The media type to answer with, and whether the client asked for one (Accept sent)."""
    accept = request.headers.get("Accept", "").strip()
    if not accept:
        return JSON, False
    graphql_response, json = _quality(accept, GRAPHQL_RESPONSE), _quality(accept, JSON)
    named = GRAPHQL_RESPONSE in accept.lower()
    if named and graphql_response > 0 and graphql_response >= json:
        return GRAPHQL_RESPONSE, True
    return JSON, True


def status_for(request: HttpRequest, status: int, codes: list[str]) -> int:
    media, asked = response_media(request)
    if media == JSON and asked and status == 400 and codes and set(codes) <= GRAPHQL_LEVEL:
        return 200
    return status
