"""The CMS's own embargo page, for sites with no frontend page of their own
(`NEWSROOM_EMBARGO_URL` unset): a journalist's link opens the release through the API."""

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.dateparse import parse_datetime
from django.views.decorators.http import require_GET

from cms.conf import newsroom
from newsroom_pages.localization import locale_direction

from .api import EmbargoUnavailable, embargo_data


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_GET
def embargo_page(request: HttpRequest) -> HttpResponse:
    """Shows "Embargoed until …" with the release; once public, sends the reader to the
    public page on the frontend (or shows it here when no frontend is configured)."""
    try:
        page = embargo_data(request, request.GET.get("token", ""))
    except EmbargoUnavailable as error:
        response = render(
            request,
            "preview/embargo_invalid.html",
            {"message": str(error), "code": error.code},
            status=error.status,
        )
        return _private(response)
    embargo = page["embargo"]
    frontend = newsroom.FRONTEND_BASE_URL
    if embargo["isLifted"] and frontend:
        return _private(HttpResponseRedirect(frontend.rstrip("/") + page["urlPath"]))
    context = {
        "page": page,
        "embargo": embargo,
        "lifts_at": parse_datetime(embargo["liftsAt"]),
        "language": page["locale"],
        "direction": locale_direction(page["locale"]).lower(),
    }
    return _private(render(request, "preview/embargo.html", context))
