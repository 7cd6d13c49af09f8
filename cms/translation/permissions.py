"""Who may translate what: one translators group per language, `Translators (<Language>)`.

Wagtail grants page rights per page tree and every locale has its own tree, so rights on one
locale's root are exactly "this language, not the source pages". Snippet rights are per model
in Wagtail, so snippets follow the page trees: whoever may edit a locale's site root may edit
that locale's topics, countries and press contacts (see wagtail_hooks).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils.translation import get_language_info
from wagtail.models import GroupPagePermission, Locale, Page

GROUP_NAME = "Translators ({language})"
PAGE_PERMISSIONS = ("change_page", "publish_page")
MODEL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("newsroom_pages", "change_topic"),
    ("newsroom_pages", "change_country"),
    ("newsroom_pages", "change_presscontact"),
)


def language_name(code: str) -> str:
    try:
        return get_language_info(code)["name"]
    except KeyError:
        return str(dict(settings.WAGTAIL_CONTENT_LANGUAGES).get(code, code))


def translators_group_name(code: str) -> str:
    return GROUP_NAME.format(language=language_name(code))


def is_locale_root(page: Page) -> bool:
    """A translation or alias of a site's root page, in a locale other than the default."""
    if page.depth != 2:
        return False
    return page.locale_id != Locale.get_default().pk


def translators_group(locale: Locale) -> Group | None:
    """The group of `locale`'s translators, made with its rights on first use; none for the
    source language."""
    if locale.language_code == settings.LANGUAGE_CODE:
        return None
    group, created = Group.objects.get_or_create(name=translators_group_name(locale.language_code))
    if created:
        for app_label, codename in MODEL_PERMISSIONS:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            )
    return group


def grant_translators_locale_root(page: Page) -> None:
    group = translators_group(page.locale)
    if group is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def may_edit_in_locale(user: Any, locale: Locale) -> bool:
    """Whoever may edit a site root in `locale`, or the tree above every locale's roots."""
    if user.is_superuser:
        return True
    roots = Page.objects.filter(depth=2, locale=locale)
    if not roots.exists():
        roots = Page.objects.filter(depth=1)
    return any(root.permissions_for_user(user).can_edit() for root in roots)


def may_translate_into(user: Any, locale: Locale) -> bool:
    """Also before the locale has a tree: its translators' first translation creates it."""
    return (
        may_edit_in_locale(user, locale)
        or user.groups.filter(name=translators_group_name(locale.language_code)).exists()
    )


def user_can_edit_source_language(user: Any) -> bool:
    return may_edit_in_locale(user, Locale.get_default())
