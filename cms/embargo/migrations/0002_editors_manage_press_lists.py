"""Editors, Moderators and Reviewers manage journalists and press lists (journalists
themselves never log into the admin)."""

from django.db import migrations

GROUPS = ("Editors", "Moderators", "Reviewers")
MODELS = ("journalist", "presslist")
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permissions = []
    for model in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="embargo", model=model)
        for action in ACTIONS:
            found, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            permissions.append(found)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("embargo", "0001_initial"),
        ("newsroom_review", "0001_legal_review_workflow"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
