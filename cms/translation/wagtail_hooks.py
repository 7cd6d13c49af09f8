from django.core.exceptions import PermissionDenied
from django.urls import path
from wagtail import hooks
from wagtail.models import Locale, TranslatableMixin

from . import views
from .permissions import user_can_edit_source_language


def _refuse_source_language(request, instances) -> None:
    default_locale_id = Locale.get_default().pk
    if any(
        isinstance(instance, TranslatableMixin) and instance.locale_id == default_locale_id
        for instance in instances
    ) and not user_can_edit_source_language(request.user):
        raise PermissionDenied


@hooks.register("before_edit_snippet")
def refuse_editing_source_language_snippet(request, instance):
    _refuse_source_language(request, [instance])


@hooks.register("before_delete_snippet")
def refuse_deleting_source_language_snippets(request, instances):
    _refuse_source_language(request, instances)


@hooks.register("register_admin_urls")
def guard_pofile_upload():
    """Registered before wagtail-localize's own URLs (this app comes first in INSTALLED_APPS),
    so the same address reaches the guard first."""
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            views.upload_pofile,
            name="translation_upload_pofile",
        )
    ]
