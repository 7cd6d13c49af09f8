"""What an import remembers: which WordPress post became which page (matched again by its
guid on the next run), which attachment became which image or document, and the admin's runs."""

import hashlib
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def key_hash(key: str) -> str:
    """guids and URLs run to thousands of characters: they are matched by their digest."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


class ImportedItem(models.Model):
    """One WordPress post and its page. A guid two posts of one export share (WordPress.com
    exports have them) is told apart by the post's ID."""

    guid = models.TextField()
    guid_hash = models.CharField(max_length=64, db_index=True)
    wp_post_id = models.BigIntegerField(null=True, blank=True)
    source_site = models.TextField(blank=True)
    link = models.TextField(blank=True)
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="wordpress_item"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    """The revision the import wrote last: a later revision is an editor's, never overwritten."""
    source_hash = models.CharField(max_length=64)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("imported WordPress post")
        constraints = [
            models.UniqueConstraint(
                fields=["guid_hash", "wp_post_id"], name="wordpress_item_guid_post_unique"
            )
        ]

    def __str__(self) -> str:
        return self.guid


class ImportedMedia(models.Model):
    """An attachment (by its guid) or a file only linked from a post (by its URL)."""

    key = models.TextField()
    key_hash = models.CharField(max_length=64, unique=True)
    image = models.ForeignKey(
        "media.NewsroomImage", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    document = models.ForeignKey(
        "media.NewsroomDocument", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("imported WordPress file")

    def __str__(self) -> str:
        return self.key


def _upload_to(instance, filename: str) -> str:
    """A name nobody can guess: the export holds drafts; the file is deleted after the run."""
    return f"wordpress-imports/{uuid.uuid4().hex}.xml"


class WordPressImport(models.Model):
    """A run started from the admin, done by the task worker; its progress and report."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    file = models.FileField(upload_to=_upload_to, blank=True)
    file_name = models.CharField(max_length=255)
    file_size = models.BigIntegerField(default=0)
    options = models.JSONField(default=dict)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    processed = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    report = models.JSONField(null=True, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("WordPress import")
        ordering = ["-created_at", "-pk"]
        permissions = [("import_wordpress", "Can import WordPress exports")]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
