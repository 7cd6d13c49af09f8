"""The Translators group: translate and publish in every locale except the source language.

Wagtail grants page rights per page tree and every locale has its own tree, so rights on the
non-default locale roots are exactly "translations, not source pages". Snippet rights are per
model in Wagtail; `user_can_edit_source_language` narrows them (see wagtail_hooks).
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale, Page, Site

TRANSLATORS_GROUP = "Translators"
PAGE_PERMISSIONS = ("change_page", "publish_page")


def is_locale_root(page: Page) -> bool:
    """A translation or alias of a site's root page, in a locale other than the default."""
    if page.depth != 2:
        return False
    return page.locale_id != Locale.get_default().pk


def grant_translators_locale_root(page: Page) -> None:
    group, _created = Group.objects.get_or_create(name=TRANSLATORS_GROUP)
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def user_can_edit_source_language(user) -> bool:
    """Source-language snippets follow source-language pages: whoever may edit the default
    locale's site root may edit them."""
    if user.is_superuser:
        return True
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return bool(site) and site.root_page.permissions_for_user(user).can_edit()
