"""How a refused publication reaches the person who asked: the admin's own message and a way
back in the admin, a 403 JSON answer from the admin API, never a server error."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from cms.actors import current_actor

from .governance import PublicationRefused, record


def _wants_json(request: HttpRequest) -> bool:
    return request.path.startswith("/admin/api/") or "application/json" in request.headers.get(
        "Accept", ""
    )


def _json_refusal(refusal: PublicationRefused) -> JsonResponse:
    return JsonResponse(
        {"message": refusal.reason, "code": refusal.code, "page": refusal.page.pk}, status=403
    )


def _way_back(request: HttpRequest, refusal: PublicationRefused) -> str:
    target = request.headers.get("Referer", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    if refusal.page.pk is not None:
        return reverse("wagtailadmin_pages:edit", args=[refusal.page.pk])
    return reverse("wagtailadmin_home")


class PublicationRefusalMiddleware:
    """After the refused action's transaction has rolled back: write the refusal to the page's
    history and answer. The admin API turns a PermissionDenied into a bare 403 itself; that
    answer gets the refusal's reason and code."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        actor = current_actor()
        if actor is not None and actor.refusals:
            for refusal in actor.refusals:
                record(refusal)
            if response.status_code == 403 and _wants_json(request):
                return _json_refusal(actor.refusals[-1])
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, PublicationRefused):
            return None
        record(exception)
        if _wants_json(request):
            return _json_refusal(exception)
        messages.error(request, exception.reason)
        return redirect(_way_back(request, exception))
