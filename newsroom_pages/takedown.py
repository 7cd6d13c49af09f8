"""Legal takedowns: a news item removed, in every language, until the takedown is lifted.

The state is kept by translation key, not by page, because the law removes a story and not one
language's version of it: a translation made or published later is the same story. The
publication rule (cms.review) reads it to refuse every go-live, the API reads it to answer
`GONE` rather than "not found", and the audit log keeps who took it down and why (a lifted
takedown's row is gone, its log entries stay).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

LEGAL_PERMISSION = "newsroom_pages.legal"


class Takedown(models.Model):
    translation_key = models.UUIDField(_("translation key"), unique=True)
    reason = models.TextField(_("reason"))
    taken_down_at = models.DateTimeField(_("taken down at"), default=timezone.now)
    taken_down_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("takedown")
        verbose_name_plural = _("takedowns")
        permissions = [("legal", "Legal: take news items down and lift takedowns")]

    def __str__(self) -> str:
        return f"Takedown of {self.translation_key}"


def takedown_of(page: Page) -> Takedown | None:
    return Takedown.objects.filter(translation_key=page.translation_key).first()


def is_taken_down(page: Page) -> bool:
    return Takedown.objects.filter(translation_key=page.translation_key).exists()


def any_taken_down(pages: list[Page]) -> Page | None:
    """The first of `pages` under a takedown (one query whatever their number)."""
    keys = set(
        Takedown.objects.filter(
            translation_key__in=[page.translation_key for page in pages]
        ).values_list("translation_key", flat=True)
    )
    return next((page for page in pages if page.translation_key in keys), None)


def taken_down_pages() -> models.QuerySet:
    return Page.objects.filter(translation_key__in=Takedown.objects.values("translation_key"))
