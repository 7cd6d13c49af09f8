from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_admin_urls")
def wordpress_import_urls():
    return [
        path("wordpress-import/", views.index, name="wordpress_import"),
        path("wordpress-import/<int:pk>/", views.detail, name="wordpress_import_detail"),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(views.PERMISSION)


@hooks.register("register_settings_menu_item")
def wordpress_import_menu_item():
    return ImportMenuItem(
        _("Import from WordPress"), reverse("wordpress_import"), icon_name="download", order=900
    )
