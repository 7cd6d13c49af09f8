"""Embargo links (one per journalist and release, pinned to the scheduled revision sent) and
the log of every time one was opened."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .press import Journalist, PressList


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


class EmbargoLink(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="embargo_links"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The scheduled revision the journalist reads, whatever is edited later."),
    )
    journalist = models.ForeignKey(
        Journalist, on_delete=models.CASCADE, related_name="embargo_links"
    )
    press_list = models.ForeignKey(
        PressList, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    lifts_at = models.DateTimeField(_("embargo lifts at"))
    nonce = models.CharField(max_length=32, unique=True, default=new_nonce, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    sent_at = models.DateTimeField(_("emailed at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("embargo link")
        verbose_name_plural = _("embargo links")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "journalist"], name="embargo_one_link_per_revision_journalist"
            )
        ]

    def __str__(self) -> str:
        return f"{self.journalist} · page {self.page_id} · revision {self.revision_id}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def revoke(self, user=None) -> None:
        """Takes effect on the journalist's next request: every request reads this row."""
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.revoked_by = user
            self.save(update_fields=["revoked_at", "revoked_by"])


class EmbargoOpen(models.Model):
    """One row per successful open. The reader's IP is kept only as a keyed hash, enough to
    tell one reader from several without storing where anyone was."""

    link = models.ForeignKey(EmbargoLink, on_delete=models.CASCADE, related_name="opens")
    opened_at = models.DateTimeField(_("opened at"), default=timezone.now, db_index=True)
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    after_release = models.BooleanField(_("after release"), default=False)
    user_agent_family = models.CharField(_("browser"), max_length=100, blank=True)
    ip_hash = models.CharField(_("IP (keyed hash)"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("embargo link open")
        verbose_name_plural = _("embargo link opens")
        ordering = ["-opened_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.link.journalist} opened {self.opened_at:%Y-%m-%d %H:%M}"
