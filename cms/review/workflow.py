"""What finishing a Legal review does (`WAGTAIL_FINISH_WORKFLOW_ACTION`): the approved revision
is cleared and published, at its go-live time if it has one.

Wagtail's default publishes the page's latest revision; with
`WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT` on, an edit made during review restarts the
approval, so the latest revision is the approved one. A workflow with no Legal review task
(one an administrator built for something else) publishes only if the rule lets it anyway.

Wagtail imports this while it defines its workflow models, hence the imports inside.
"""

from typing import Any


def publish_reviewed(workflow_state: Any, user: Any = None) -> None:
    from wagtail.models import TaskState

    from .governance import clear
    from .models import LegalReviewTask, PublicationClearance

    revision = workflow_state.content_object.get_latest_revision()
    approved = TaskState.objects.filter(
        workflow_state=workflow_state,
        revision=revision,
        status=TaskState.STATUS_APPROVED,
        task__in=LegalReviewTask.objects.all(),
    )
    if approved.exists():
        clear(revision, PublicationClearance.REVIEW, user)
    revision.publish(user=user)
