"""The Legal permission (take news items down, lift takedowns), given to the Reviewers group:
the people who clear what goes live are the ones who take it down."""

from django.db import migrations

GROUP = "Reviewers"


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="newsroom_pages", model="takedown"
    )
    legal, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="legal",
        defaults={"name": "Legal: take news items down and lift takedowns"},
    )
    for group in Group.objects.filter(name=GROUP):
        group.permissions.add(legal)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom_review", "0003_publication_rule_data"),
        ("newsroom_pages", "0006_takedown"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
