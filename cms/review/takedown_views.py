"""The admin's "Take down" action (and its lift), for users with the Legal permission."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from wagtail.models import Page

from newsroom_pages.takedown import takedown_of

from .takedown import TakedownError, lift_takedown, may_take_down, news_item, take_down


class TakedownForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="The legal ground (court order, complaint reference). Kept in the audit log.",
    )


def takedown_view(request: HttpRequest, page_id: int) -> HttpResponse:
    if not request.user.is_authenticated or not may_take_down(request.user):
        raise PermissionDenied
    try:
        page = news_item(page_id)
    except TakedownError as error:
        messages.error(request, str(error))
        return redirect("wagtailadmin_explore_root")
    takedown = takedown_of(page)
    form = TakedownForm(request.POST if request.method == "POST" and takedown is None else None)
    if request.method == "POST":
        try:
            if takedown is not None:
                lift_takedown(page, request.user, door=f"web:{request.path}")
                messages.success(request, f"Lifted the takedown of “{page.title}”.")
                return redirect("wagtailadmin_pages:edit", page.pk)
            if form.is_valid():
                report = take_down(
                    page, form.cleaned_data["reason"], request.user, door=f"web:{request.path}"
                )
                messages.success(
                    request,
                    f"Took down “{page.title}”: {len(report.unpublished)} version(s) "
                    f"unpublished, {report.revoked_links} embargo link(s) revoked.",
                )
                return redirect("wagtailadmin_pages:edit", page.pk)
        except TakedownError as error:
            messages.error(request, str(error))
    return TemplateResponse(
        request,
        "review/admin/takedown.html",
        {
            "page": page,
            "takedown": takedown,
            "form": form,
            "heading": "Lift takedown" if takedown else "Take down",
            "versions": Page.objects.filter(translation_key=page.translation_key).count(),
        },
    )
