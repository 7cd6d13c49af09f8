"""Declares the content locales and the Translators group, so every database (production too)
has them without running a command. Page rights on locale roots created later are granted by
cms.translation.signals."""

from django.conf import settings
from django.db import migrations

PAGE_PERMISSIONS = {"change_page": "Can change page", "publish_page": "Publish any page"}
MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
    ("newsroom_pages", "topic", "change_topic", "Can change topic"),
    ("newsroom_pages", "country", "change_country", "Can change country"),
    ("newsroom_pages", "presscontact", "change_presscontact", "Can change press contact"),
]


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return found


def create(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)

    group, _ = Group.objects.get_or_create(name="Translators")
    group.permissions.add(*(permission(apps, *spec) for spec in MODEL_PERMISSIONS))
    page_permissions = [
        permission(apps, "wagtailcore", "page", codename, name)
        for codename, name in PAGE_PERMISSIONS.items()
    ]
    for root in Page.objects.filter(depth=2).exclude(locale__language_code=settings.LANGUAGE_CODE):
        for page_permission in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=page_permission
            )


def remove(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Translators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("newsroom_pages", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, remove)]
