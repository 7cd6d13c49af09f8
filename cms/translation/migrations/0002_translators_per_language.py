"""One translators group per language, `Translators (<Language>)`, each with rights on its own
locale's tree only; the members of the former single `Translators` group join every one of
them (the same rights they had), and that group is removed."""

from django.conf import settings
from django.db import migrations
from django.utils.translation import get_language_info

OLD_GROUP = "Translators"
PAGE_PERMISSIONS = ("change_page", "publish_page")
MODEL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("newsroom_pages", "change_topic"),
    ("newsroom_pages", "change_country"),
    ("newsroom_pages", "change_presscontact"),
)


def split(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Locale = apps.get_model("wagtailcore", "Locale")

    old = Group.objects.filter(name=OLD_GROUP).first()
    members = list(old.user_set.all()) if old else []
    model_permissions = [
        permission
        for app_label, codename in MODEL_PERMISSIONS
        for permission in Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        )
    ]
    page_permissions = list(
        Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS)
    )
    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE):
        name = get_language_info(locale.language_code)["name"]
        group, _ = Group.objects.get_or_create(name=f"Translators ({name})")
        group.permissions.add(*model_permissions)
        for root in Page.objects.filter(depth=2, locale=locale):
            for permission in page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=permission
                )
        group.user_set.add(*members)
    if old:
        old.delete()


def join(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    old, _ = Group.objects.get_or_create(name=OLD_GROUP)
    for group in Group.objects.filter(name__startswith="Translators ("):
        old.permissions.add(*group.permissions.all())
        old.user_set.add(*group.user_set.all())
        for grant in GroupPagePermission.objects.filter(group=group):
            GroupPagePermission.objects.get_or_create(
                group=old, page_id=grant.page_id, permission_id=grant.permission_id
            )
        group.delete()


class Migration(migrations.Migration):
    dependencies = [("translation", "0001_locales_and_translators")]

    operations = [migrations.RunPython(split, join)]
