"""Admin views: send a scheduled page to a press list, the per-page report of links and opens
(who read what before release), and revoking one journalist's link."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .links import EmbargoLink, EmbargoOpen
from .press import PressList
from .sending import NotScheduled, scheduled_revision, send_embargo


class SendForm(forms.Form):
    press_list = forms.ModelChoiceField(
        queryset=PressList.objects.all(), label="Press list", empty_label=None
    )


SEND_PERMISSIONS = ("embargo.view_presslist", "embargo.view_journalist")
REPORT_PERMISSIONS = ("embargo.view_journalist",)


def _editable_page(request: HttpRequest, page_id: int, permissions: tuple[str, ...]) -> Page:
    """Press data is its own right: editing a page (a translator's right on their language)
    shows no journalist and sends nothing."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not request.user.has_perms(permissions):
        raise PermissionDenied
    return page


def send_view(request: HttpRequest, page_id: int) -> HttpResponse:
    page = _editable_page(request, page_id, SEND_PERMISSIONS)
    revision = scheduled_revision(page)
    form = SendForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        press_list = form.cleaned_data["press_list"]
        try:
            report = send_embargo(page, press_list, sent_by=request.user)
        except NotScheduled as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                f"Sent to {len(report.emailed)} journalist(s) on “{press_list}”; "
                f"{len(report.already_sent)} already had their link.",
            )
            return redirect("embargo_report", page.pk)
    return TemplateResponse(
        request,
        "embargo/admin/send.html",
        {"page": page, "revision": revision, "form": form},
    )


def report_view(request: HttpRequest, page_id: int) -> HttpResponse:
    page = _editable_page(request, page_id, REPORT_PERMISSIONS)
    pages = Page.objects.filter(translation_key=page.translation_key).values_list("pk", flat=True)
    links = (
        EmbargoLink.objects.filter(page_id__in=list(pages))
        .select_related("journalist", "page__locale", "press_list", "revoked_by")
        .annotate(open_count=Count("opens"), last_open=Max("opens__opened_at"))
        .order_by("journalist__name", "-created_at")
    )
    opens = (
        EmbargoOpen.objects.filter(link__page_id__in=list(pages))
        .select_related("link__journalist")
        .order_by("-opened_at")[:200]
    )
    return TemplateResponse(
        request,
        "embargo/admin/report.html",
        {
            "page": page,
            "links": links,
            "opens": opens,
            "revision": scheduled_revision(page),
        },
    )


@require_POST
def revoke_view(request: HttpRequest, link_id: int) -> HttpResponse:
    link = get_object_or_404(EmbargoLink, pk=link_id)
    page = _editable_page(request, link.page_id, REPORT_PERMISSIONS)
    link.revoke(request.user)
    messages.success(request, f"Link of {link.journalist} revoked: it no longer opens the page.")
    return redirect("embargo_report", page.pk)
