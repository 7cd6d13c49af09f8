"""One row per change that may alter what a mirror of the public newsroom holds.

Rows record *that* a page changed, not what it became: a sync reads each changed page's
current state, so any sequence of edits collapses to one upsert or one tombstone, and a rule
applied at read time (expiry, view restrictions) is never out of date.
"""

from django.db import models
from django.utils import timezone


class PageChange(models.Model):
    id = models.BigAutoField(primary_key=True)
    page_id = models.IntegerField(db_index=True)
    locale = models.CharField(max_length=16)
    url_path = models.TextField(help_text="The frontend path the page had before this change.")
    recorded_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = "page change"
        ordering = ["id"]

    def __str__(self) -> str:
        return f"#{self.pk} page {self.page_id} ({self.locale}) {self.url_path}"


class PrunedLog(models.Model):
    """How far the log has been pruned (one row): a token whose change id is below this has
    lost changes it never saw, and must start again from zero."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    through_change = models.BigIntegerField(default=0)
    pruned_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"pruned through change #{self.through_change}"
