from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from newsroom_pages.pages import NewsItemPage

from . import views
from .press import Journalist, PressList


class JournalistViewSet(SnippetViewSet):
    model = Journalist
    icon = "user"
    list_display = ["name", "outlet", "email", "language", "active"]
    list_filter = ["language", "active"]
    search_fields = ["name", "outlet", "email"]


class PressListViewSet(SnippetViewSet):
    model = PressList
    icon = "group"
    list_display = ["name", "description"]
    search_fields = ["name"]


class PressSnippets(SnippetViewSetGroup):
    menu_label = "Press"
    menu_icon = "mail"
    menu_order = 260
    items = (JournalistViewSet, PressListViewSet)


register_snippet(PressSnippets)


@hooks.register("register_admin_urls")
def embargo_admin_urls():
    return [
        path("embargo/send/<int:page_id>/", views.send_view, name="embargo_send"),
        path("embargo/report/<int:page_id>/", views.report_view, name="embargo_report"),
        path("embargo/revoke/<int:link_id>/", views.revoke_view, name="embargo_revoke"),
    ]


@hooks.register("register_page_header_buttons")
def embargo_buttons(page, user, view_name, next_url=None):
    if not isinstance(page.specific_deferred, NewsItemPage):
        return
    if not page.permissions_for_user(user).can_edit():
        return
    if user.has_perms(views.SEND_PERMISSIONS):
        yield Button(
            "Send under embargo",
            reverse("embargo_send", args=[page.pk]),
            icon_name="mail",
            priority=80,
        )
    if not user.has_perms(views.REPORT_PERMISSIONS):
        return
    yield Button(
        "Embargo links",
        reverse("embargo_report", args=[page.pk]),
        icon_name="list-ul",
        priority=81,
    )
