"""What the publication rule remembers: which revisions were cleared to go live, and the Legal
review task that clears them only with a second person's approval."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, Revision, TaskState

from cms.conf import newsroom


class PublicationClearance(models.Model):
    """A revision of a governed page that may go live: reviewed, published by someone who may
    bypass review, or already live when the rule came in. A scheduled go-live is checked
    against this when it comes due, whoever scheduled it."""

    REVIEW = "review"
    BYPASS = "bypass"
    TRUSTED = "trusted"
    GRANDFATHERED = "grandfathered"
    VIA = [
        (REVIEW, _("approved in Legal review")),
        (BYPASS, _("published without review by a permitted user")),
        (TRUSTED, _("published by a command or script outside the admin")),
        (GRANDFATHERED, _("live before the publication rule")),
    ]

    revision = models.OneToOneField(Revision, on_delete=models.CASCADE, related_name="clearance")
    via = models.CharField(max_length=16, choices=VIA)
    cleared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cleared_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("publication clearance")

    def __str__(self) -> str:
        return f"Revision {self.revision_id}: {self.get_via_display()}"


def authors_of(task_state: TaskState) -> set[int]:
    """Who wrote what is under review: the revision's author and whoever submitted it."""
    authors = {task_state.revision.user_id, task_state.workflow_state.requested_by_id}
    return {author for author in authors if author is not None}


class LegalReviewTask(GroupApprovalTask):
    """A group approval that, with `NEWSROOM_LEGAL_REVIEW_SECOND_PERSON` (the default), the
    author of the change or its submitter can never approve, superusers included: they may
    publish without review instead, which is logged as such."""

    def _is_author(self, user, task_state: TaskState | None) -> bool:
        return (
            newsroom.LEGAL_REVIEW_SECOND_PERSON
            and task_state is not None
            and user.pk in authors_of(task_state)
        )

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        task_state = getattr(obj, "current_workflow_task_state", None)
        if self._is_author(user, task_state):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and self._is_author(user, task_state):
            raise PermissionDenied("A change is approved by a second person, not its author.")
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve; never the author of the change.")

    class Meta:
        verbose_name = _("Legal review task")
        verbose_name_plural = _("Legal review tasks")
