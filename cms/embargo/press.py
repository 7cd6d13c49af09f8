"""Journalists and the press lists editors send embargoed releases to. Journalists never log
into the admin: they are contacts, managed by editors as snippets."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


def language_choices() -> list[tuple[str, str]]:
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


class Journalist(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    outlet = models.CharField(_("outlet"), max_length=200, blank=True)
    email = models.EmailField(_("email"), unique=True)
    language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=language_choices,
        default="en",
        help_text=_("Embargoed releases go out in this language when a translation is ready."),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive journalists get no new releases.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("outlet"),
        FieldPanel("email"),
        FieldPanel("language"),
        FieldPanel("active"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("outlet"),
        index.SearchField("email"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("journalist")
        verbose_name_plural = _("journalists")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.outlet})" if self.outlet else self.name


class PressList(index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=150, unique=True)
    description = models.TextField(_("description"), blank=True)
    journalists = ParentalManyToManyField(
        Journalist, related_name="press_lists", blank=True, verbose_name=_("journalists")
    )

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("journalists")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("press list")
        verbose_name_plural = _("press lists")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
