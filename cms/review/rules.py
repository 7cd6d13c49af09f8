"""The Legal review workflow: its name, and the newsrooms it is attached to so that editors
can "Submit to Legal review" in every governed language (cms.review.governance decides what
may go live; the workflow is how a revision gets cleared)."""

from wagtail.models import Workflow, WorkflowPage

from newsroom_pages.pages import NewsItemPage, NewsroomIndexPage

from .governance import is_governed_in

WORKFLOW_NAME = "Legal review"


def legal_review_workflow() -> Workflow | None:
    return Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()


def attach_legal_review(index: NewsroomIndexPage) -> None:
    """A governed newsroom gets the workflow the first time it is saved."""
    workflow = legal_review_workflow()
    if workflow is None or not is_governed_in(NewsItemPage, index.locale.language_code):
        return
    if not WorkflowPage.objects.filter(page=index).exists():
        WorkflowPage.objects.create(page=index, workflow=workflow)
