"""Admin views: "Download XLIFF" / "Upload XLIFF" in the translation editor, and the
"Translation status" report (filterable, CSV)."""

from __future__ import annotations

import csv
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Locale
from wagtail_localize.models import Translation

from cms.translation.permissions import may_translate_into

from .export import CONTENT_TYPE, file_name, xliff_document
from .importing import check_may_import, import_file
from .reading import MAX_BYTES, parse
from .refusals import XliffRefused
from .status import STATES, StatusRow, translation_status

CSV_FIELDS = (
    "kind",
    "object_id",
    "title",
    "locale",
    "state",
    "words",
    "total_words",
    "outdated_strings",
    "last_edit",
    "last_edited_by",
)


def _translation_for(request: HttpRequest, translation_id: int) -> Translation:
    translation = get_object_or_404(
        Translation.objects.select_related("source__locale", "target_locale"), pk=translation_id
    )
    try:
        check_may_import(request.user, translation)
    except XliffRefused as refusal:
        raise PermissionDenied(refusal.message) from None
    return translation


def download(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation = _translation_for(request, translation_id)
    response = HttpResponse(xliff_document(translation), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{file_name(translation)}"'
    return response


@require_POST
def upload(request: HttpRequest, translation_id: int) -> HttpResponse:
    translation = _translation_for(request, translation_id)
    back = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, _("Please choose an XLIFF file to upload."))
        return redirect(back)
    try:
        if upload.size > MAX_BYTES:
            raise XliffRefused("TOO_LARGE", f"The file is larger than {MAX_BYTES // 2**20} MB.")
        result = import_file(
            parse(upload.read()),
            translation,
            request.user,
            publish=bool(request.POST.get("publish")),
            force=bool(request.POST.get("force")),
        )
    except XliffRefused as refusal:
        messages.error(request, _refusal_html(refusal))
    else:
        messages.success(request, result.summary())
    return redirect(back)


def _refusal_html(refusal: XliffRefused) -> str:
    details = format_html_join("", "<li>{}</li>", ((detail,) for detail in refusal.details))
    if not refusal.details:
        return refusal.message
    return format_html("{} <ul>{}</ul>", refusal.message, details)


def report_locales(user: Any) -> list[Locale]:
    default = Locale.get_default()
    return [
        locale
        for locale in Locale.objects.exclude(pk=default.pk).order_by("language_code")
        if may_translate_into(user, locale)
    ]


def status_report(request: HttpRequest) -> HttpResponse:
    locales = report_locales(request.user)
    if not locales:
        raise PermissionDenied
    by_code = {locale.language_code: locale for locale in locales}
    locale = by_code.get(request.GET.get("locale", ""), locales[0])
    state = request.GET.get("state", "")
    kind = request.GET.get("kind", "")
    rows = [
        row
        for row in translation_status(locale)
        if (not state or row.state == state)
        and (not kind or (row.kind == "page") == (kind == "page"))
    ]
    if request.GET.get("export") == "csv":
        return _csv(rows, locale)
    return TemplateResponse(
        request,
        "xliff/status_report.html",
        {
            "rows": rows,
            "locales": locales,
            "locale": locale,
            "states": STATES,
            "state": state,
            "kind": kind,
            "counts": {name: sum(1 for row in rows if row.state == name) for name in STATES},
            "csv_query": request.GET.copy().urlencode(),
        },
    )


def _cell(value: Any) -> Any:
    """Spreadsheets run a cell that starts with = + - @ as a formula: not a title's."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _csv(rows: list[StatusRow], locale: Locale) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="translation-status-{locale.language_code}.csv"'
    )
    writer = csv.writer(response)
    writer.writerow(CSV_FIELDS)
    for row in rows:
        data = row.as_json()
        data["outdated_strings"] = " | ".join(row.outdated_strings)
        writer.writerow([_cell("" if data[name] is None else data[name]) for name in CSV_FIELDS])
    return response
