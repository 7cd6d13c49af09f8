"""The "Legal review" workflow, its task and the Reviewers group, on every database. The
workflow governs the source-language newsroom: it is attached to each newsroom index page of
the default locale (those created later get it from cms.review.signals)."""

from django.conf import settings
from django.db import migrations

WORKFLOW = "Legal review"
GROUP = "Reviewers"
PAGE_PERMISSIONS = {
    "add_page": "Add any page",
    "change_page": "Change any page",
    "publish_page": "Publish any page",
}


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return found


def create(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    NewsroomIndexPage = apps.get_model("newsroom_pages", "NewsroomIndexPage")

    reviewers, _ = Group.objects.get_or_create(name=GROUP)
    reviewers.permissions.add(
        permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    )
    for root in Page.objects.filter(depth=1):
        for codename, name in PAGE_PERMISSIONS.items():
            GroupPagePermission.objects.get_or_create(
                group=reviewers,
                page=root,
                permission=permission(apps, "wagtailcore", "page", codename, name),
            )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=WORKFLOW).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW, content_type=task_type, active=True)
    task.groups.add(reviewers)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    indexes = NewsroomIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    for index in indexes:
        WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})


def remove(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=WORKFLOW).delete()
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("newsroom_pages", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, remove)]
