"""Which pages need legal review and who may publish without it.

News items under the "Legal review" workflow are published or scheduled only by a reviewer's
approval (the workflow's last step publishes the submitted revision, at its go-live time if
one is set). Publishing directly is refused, except for superusers and members of the groups
in `NEWSROOM_LEGAL_REVIEW_BYPASS_GROUPS`; each such bypass is written to the page's history.
"""

from django.conf import settings
from wagtail.log_actions import log
from wagtail.models import Page, Workflow, WorkflowPage

from newsroom_pages.pages import NewsItemPage, NewsroomIndexPage

WORKFLOW_NAME = "Legal review"
BYPASS_ACTION = "newsroom.legal_review.bypass"


def legal_review_workflow() -> Workflow | None:
    return Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()


def requires_legal_review(page: Page, parent: Page | None = None) -> bool:
    """`parent` stands in for a page being created, which has no place in the tree yet."""
    if not isinstance(page.specific_deferred if page.pk else page, NewsItemPage):
        return False
    if page.pk is None and parent is None:
        return False
    workflow = page.get_workflow() if page.pk else parent.get_workflow()
    return workflow is not None and workflow.name == WORKFLOW_NAME


def may_bypass(user) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    groups = set(getattr(settings, "NEWSROOM_LEGAL_REVIEW_BYPASS_GROUPS", ()) or ())
    return bool(groups) and user.groups.filter(name__in=groups).exists()


def log_bypass(page: Page, user) -> None:
    log(instance=page, action=BYPASS_ACTION, user=user)


def attach_legal_review(index: NewsroomIndexPage) -> None:
    """A newsroom of the default locale gets the workflow the first time it is saved."""
    workflow = legal_review_workflow()
    if workflow is None or index.locale.language_code != settings.LANGUAGE_CODE:
        return
    if not WorkflowPage.objects.filter(page=index).exists():
        WorkflowPage.objects.create(page=index, workflow=workflow)
