"""Responses that carry something personal (a draft behind a preview token, a release behind
an embargo token) are marked during execution and leave with private, no-store headers."""

from django.http import HttpRequest, HttpResponse

PRIVATE_FLAG = "_newsroom_private_response"


def mark_private(request: HttpRequest | None) -> None:
    if request is not None:
        setattr(request, PRIVATE_FLAG, True)


def apply_private_headers(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    if getattr(request, PRIVATE_FLAG, False):
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response
