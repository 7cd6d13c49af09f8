"""Storage failures in the admin end in a message the editor understands, not a server error.

Nothing has been stored when this runs: a failed upload raises before the database row is
written (and `RemovesStoredFileOnFailedSave` deletes an object whose row could not be written).
"""

from __future__ import annotations

import logging

from django.contrib import messages
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render

from .faults import STORAGE_UNAVAILABLE_MESSAGE, is_storage_error

logger = logging.getLogger(__name__)

UPLOAD_NOT_SAVED_MESSAGE = (
    "The upload could not be saved because the database did not answer, so nothing was kept. "
    "Please try again in a few minutes."
)


class StorageFaultMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if is_storage_error(exception):
            message = STORAGE_UNAVAILABLE_MESSAGE
        elif isinstance(exception, DatabaseError) and request.FILES:
            message = UPLOAD_NOT_SAVED_MESSAGE
        else:
            return None
        logger.error("Media storage failure on %s", request.path, exc_info=exception)
        if _expects_json(request):
            # The admin's multiple uploader shows `error_message` next to the file.
            return JsonResponse({"success": False, "error_message": message})
        if request.method == "POST":
            messages.error(request, message)
            return redirect(request.get_full_path())
        # Rendered here: a failure while rendering a template response is not rendered again.
        return render(request, "media/storage_unavailable.html", {"message": message}, status=503)


def _expects_json(request: HttpRequest) -> bool:
    return "/multiple/" in request.path or "application/json" in request.headers.get("Accept", "")
