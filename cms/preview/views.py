"""The CMS's own preview page, for when no frontend is configured (`make run`)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language_info
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_GET

from .tokens import PreviewTokenExpired, PreviewTokenInvalid, resolve_preview


@require_GET
@xframe_options_sameorigin
def preview_page(request: HttpRequest) -> HttpResponse:
    """Renders the draft behind `?token=`; the admin's preview panel frames it."""
    try:
        page = resolve_preview(request.GET.get("token", "")).specific
    except PreviewTokenInvalid as error:
        status = 410 if isinstance(error, PreviewTokenExpired) else 403
        return render(request, "preview/invalid.html", {"message": str(error)}, status=status)
    language = page.locale.language_code
    response = render(
        request,
        "preview/page.html",
        {
            "page": page,
            "language": language,
            "direction": "rtl" if get_language_info(language)["bidi"] else "ltr",
        },
    )
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
