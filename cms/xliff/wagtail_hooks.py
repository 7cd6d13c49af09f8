from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .views import report_locales


@hooks.register("register_admin_urls")
def xliff_admin_urls():
    return [
        path(
            "xliff/translations/<int:translation_id>/download/",
            views.download,
            name="xliff_download",
        ),
        path(
            "xliff/translations/<int:translation_id>/upload/",
            views.upload,
            name="xliff_upload",
        ),
        path("reports/translation-status/", views.status_report, name="translation_status"),
    ]


class TranslationStatusMenuItem(MenuItem):
    """Shown to whoever translates into at least one language."""

    def is_shown(self, request) -> bool:
        return bool(report_locales(request.user))


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=850
    )
