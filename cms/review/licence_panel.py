"""On the admin dashboard: the photo licences that end in the next 30 days, each with the pages
that show the image (what will lose its picture), so that someone renews or replaces it in
time; and the warning an editor gets when a page goes live with a picture it may not show."""

from __future__ import annotations

import datetime

from django.db.models import Q
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, ReferenceIndex, Revision

from cms.media.licence_filters import ENDING_SOON, licence_state
from cms.media.models import NewsroomImage
from newsroom_pages.licences import pages_using

from .dashboard import LIMIT, editable_pages

UNLICENSED_AT_GO_LIVE = (
    "“{title}” goes live on {at:%d %b %Y, %H:%M} with {count} image(s) not licensed then "
    "({images}): readers will not see them. Renew the licence or choose another image."
)


def licences_ending(now: datetime.datetime, user) -> list[dict]:
    images = list(
        NewsroomImage.objects.filter(licence_state("ending", now)).order_by(
            "licence_valid_until", "pk"
        )[:LIMIT]
    )
    using = pages_using(images)
    allowed = Q(live=True) | Q(pk__in=editable_pages(user).values("pk"))
    shown = set(
        Page.objects.filter(
            allowed, pk__in=[p.pk for ps in using.values() for p in ps]
        ).values_list("pk", flat=True)
    )
    return [
        {"image": image, "pages": [page for page in using.get(image.pk, []) if page.pk in shown]}
        for image in images
    ]


class LicencesEndingPanel(Component):
    name = "newsroom_licences"
    template_name = "review/licences_panel.html"
    order = 60

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {
            "rows": licences_ending(timezone.now(), request.user),
            "days": ENDING_SOON.days,
            "heading": f"Photo licences ending within {ENDING_SOON.days} days",
            "time_zone": timezone.get_current_timezone_name(),
        }


def unlicensed_images(page: Page, revision: Revision | None) -> tuple[datetime.datetime, list]:
    """The go-live moment of `revision` (its schedule, or now) and the images its content uses
    that are not licensed at that moment."""
    at = (revision.approved_go_live_at if revision is not None else None) or timezone.now()
    content = revision.as_object() if revision is not None else page
    ids = {
        int(object_id)
        for content_type, object_id, *_rest in ReferenceIndex._extract_references_from_object(
            content
        )
        if content_type == ReferenceIndex._get_base_content_type(NewsroomImage).pk
    }
    images = NewsroomImage.objects.filter(pk__in=ids).order_by("pk")
    return at, [image for image in images if not image.is_licensed_at(at)]


def warning_for(page: Page, revision: Revision | None) -> str | None:
    at, images = unlicensed_images(page, revision)
    if not images:
        return None
    return UNLICENSED_AT_GO_LIVE.format(
        title=page.get_admin_display_title(),
        at=timezone.localtime(at),
        count=len(images),
        images=", ".join(f"“{image.title}”" for image in images[:5]),
    )
