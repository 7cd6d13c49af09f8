from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .frontend import redirect_to_frontend
from .licences import RESTORED_ACTION, WITHDRAWN_ACTION
from .snippets import Country, PressContact, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    list_display = ["name", "iso_code", "locale"]
    search_fields = ["name"]


class PressContactViewSet(SnippetViewSet):
    model = PressContact
    icon = "user"
    list_display = ["name", "role", "email", "locale"]
    search_fields = ["name", "role"]


class NewsroomSnippets(SnippetViewSetGroup):
    menu_label = "Newsroom"
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (TopicViewSet, CountryViewSet, PressContactViewSet)


register_snippet(NewsroomSnippets)


@hooks.register("before_serve_page", order=-100)
def serve_pages_from_the_frontend(page, request, serve_args, serve_kwargs):
    return redirect_to_frontend(page, request)


@hooks.register("register_log_actions")
def register_licence_actions(actions):
    actions.register_action(
        WITHDRAWN_ACTION, _("Licence ended"), _("Withheld everywhere: its licence window ended")
    )
    actions.register_action(
        RESTORED_ACTION, _("Licence renewed"), _("Shown again: back inside its licence window")
    )
