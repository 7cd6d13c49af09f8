"""The publication rule on an existing database: the Legal review task becomes a Legal review
task of its own kind (the same row, so reviews in progress go on), the workflow is attached to
the newsroom of every governed locale, and what is live or approved in Legal review today is
cleared to stay so."""

from django.db import migrations

from cms.conf import newsroom

WORKFLOW = "Legal review"


def apply(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    LegalReviewTask = apps.get_model("newsroom_review", "LegalReviewTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    NewsroomIndexPage = apps.get_model("newsroom_pages", "NewsroomIndexPage")
    NewsItemPage = apps.get_model("newsroom_pages", "NewsItemPage")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    Clearance = apps.get_model("newsroom_review", "PublicationClearance")

    legal_type, _ = ContentType.objects.get_or_create(
        app_label="newsroom_review", model="legalreviewtask"
    )
    for task in GroupApprovalTask.objects.filter(name=WORKFLOW):
        if not LegalReviewTask.objects.filter(pk=task.pk).exists():
            # raw: the child row only, under the task's existing rows
            LegalReviewTask(groupapprovaltask_ptr_id=task.pk).save_base(raw=True)
        Task.objects.filter(pk=task.pk).update(content_type=legal_type)

    locales = newsroom.LEGAL_REVIEW_LOCALES
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is not None:
        indexes = NewsroomIndexPage.objects.all()
        if "*" not in locales:
            indexes = indexes.filter(locale__language_code__in=locales)
        for index in indexes:
            WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})

    live = NewsItemPage.objects.filter(live=True, live_revision__isnull=False)
    cleared = {
        revision_id: "grandfathered" for revision_id in live.values_list("live_revision_id", flat=True)
    }
    approved = TaskState.objects.filter(
        status="approved", task_id__in=LegalReviewTask.objects.values("pk")
    ).values_list("revision_id", flat=True)
    cleared.update({revision_id: "review" for revision_id in approved})
    Clearance.objects.bulk_create(
        [Clearance(revision_id=revision_id, via=via) for revision_id, via in cleared.items()],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom_review", "0002_publication_rule"),
        ("newsroom_pages", "0001_initial"),
    ]

    operations = [migrations.RunPython(apply, migrations.RunPython.noop)]
