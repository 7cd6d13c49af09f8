"""One search document per live news item, in its own language.

The texts are kept as written (highlights quote them); the engine's own index sits beside the
table and is written with it: a weighted `tsvector` column and a trigram index on PostgreSQL,
an FTS5 table on SQLite (both created by migration 0001 for their database only).
"""

from django.db import models


class SearchDocument(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    locale_code = models.CharField(max_length=16, db_index=True)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    title_key = models.TextField(
        blank=True, help_text="Normalised title and names, for typo-tolerant matching."
    )

    def __str__(self) -> str:
        return self.title
