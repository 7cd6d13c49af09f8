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
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "page change"
        ordering = ["id"]

    def __str__(self) -> str:
        return f"#{self.pk} page {self.page_id} ({self.locale}) {self.url_path}"
