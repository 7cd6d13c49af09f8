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

    @property
    def code(self) -> str:
        return self.locale_code


class SearchWord(models.Model):
    """The vocabulary of the indexed texts, per locale: every normalised word of a search
    document's title, summary and body with the number of documents that hold it, kept in
    step with the documents as they are written and deleted. A query word that is not here is
    a typo or a word no item uses; trigram similarity over this table proposes the words it
    may have meant (filled on PostgreSQL only: SQLite keeps its prefix search)."""

    locale_code = models.CharField(max_length=16)
    word = models.CharField(max_length=100)
    spelling = models.CharField(
        max_length=100, help_text="The word as last written, for a suggestion to show."
    )
    documents = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["locale_code", "word"], name="search_word_unique")
        ]

    def __str__(self) -> str:
        return self.word
