"""The image library filtered by licence: withheld now, ending within 30 days, not yet begun,
without a window, or by licensor. Wagtail's image index takes its filters from one filter set
class; this one extends it with the licence fields."""

from __future__ import annotations

import datetime

import django_filters
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images.views import images

from .models import NewsroomImage

ENDING_SOON = datetime.timedelta(days=30)


def licence_state(state: str, at: datetime.datetime) -> Q:
    outside = Q(licence_valid_from__gt=at) | Q(licence_valid_until__lte=at)
    return {
        "withheld": outside,
        "ending": Q(licence_valid_until__gt=at, licence_valid_until__lte=at + ENDING_SOON)
        & ~Q(licence_valid_from__gt=at),
        "upcoming": Q(licence_valid_from__gt=at),
        "unlimited": Q(licence_valid_from__isnull=True, licence_valid_until__isnull=True),
    }[state]


class LicenceFilterSet(images.ImagesFilterSet):
    licence_state = django_filters.ChoiceFilter(
        label=_("Licence"),
        empty_label=_("Any"),
        choices=[
            ("withheld", _("Withheld now (outside its licence)")),
            ("ending", _("Ending within 30 days")),
            ("upcoming", _("Not begun yet")),
            ("unlimited", _("No licence dates")),
        ],
        method="filter_licence_state",
    )
    licensor = django_filters.CharFilter(
        label=_("Licensor"), field_name="licensor", lookup_expr="icontains"
    )

    class Meta(images.ImagesFilterSet.Meta):
        model = NewsroomImage

    def filter_licence_state(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(licence_state(value, timezone.now())) if value else queryset


def install() -> None:
    images.IndexView.filterset_class = LicenceFilterSet
