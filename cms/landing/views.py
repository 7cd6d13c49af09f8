"""The CMS's own preview page, for when no frontend is configured (`make run`)."""

from csp.decorators import csp_replace
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_GET

from cms.security.csp import PREVIEW_POLICY
from newsroom_pages.localization import locale_direction

from .api import PreviewUnavailable, preview_data


@require_GET
@xframe_options_sameorigin
@csp_replace(PREVIEW_POLICY)
def preview_page(request: HttpRequest) -> HttpResponse:
    """Renders the draft behind `?token=` from the API's answer; the admin's preview panel
    frames it."""
    try:
        page = preview_data(request, request.GET.get("token", ""))
    except PreviewUnavailable as error:
        return render(request, "preview/invalid.html", {"message": str(error)}, status=error.status)
    response = render(
        request,
        "preview/page.html",
        {
            "page": page,
            "language": page["locale"],
            "direction": locale_direction(page["locale"]).lower(),
        },
    )
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
