"""Photo licences that begin and end: which pages show an image, and what happens when its
window opens or closes.

Readers never wait for this: the API and the feeds compare the window with the clock
(`privacy.is_public_image`). What the scheduler does at the window's second (`apply_licence
windows`, from `run_due_schedule`) is the rest: an image that leaves its window loses its
renditions (the public files on S3 or local disk, deleted once the transaction commits, by
Wagtail's file clean-up), an image that comes back gets them remade on first use, and the live
pages that show it are announced again (`pages_changed`: the sync records an upsert, the
webhooks send the pages' cache tags), since no publish will.
"""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Min, Q
from django.dispatch import Signal
from wagtail.log_actions import log
from wagtail.models import Page, ReferenceIndex

from cms.media.models import NewsroomImage

pages_changed = Signal()
"""Sent with `pages` (live pages) whose public content changed without a publish."""


def unlicensed_at(at: datetime.datetime) -> Q:
    return Q(licence_valid_from__gt=at) | Q(licence_valid_until__lte=at)


def unapplied(at: datetime.datetime) -> Q:
    """Images whose window opened or closed since the scheduler last looked."""
    return (Q(licence_withheld=False) & unlicensed_at(at)) | (
        Q(licence_withheld=True) & ~unlicensed_at(at)
    )


def next_licence_change(at: datetime.datetime) -> datetime.datetime | None:
    """One query: now, if a window opened or closed unapplied, else the next start or end."""
    moments = NewsroomImage.objects.aggregate(
        unapplied=Count("pk", filter=unapplied(at)),
        start=Min("licence_valid_from", filter=Q(licence_valid_from__gt=at)),
        end=Min("licence_valid_until", filter=Q(licence_valid_until__gt=at)),
    )
    if moments.pop("unapplied"):
        return at
    found = [moment for moment in moments.values() if moment is not None]
    return min(found) if found else None


def pages_using(images: list[NewsroomImage]) -> dict[int, list[Page]]:
    """The pages whose live content shows each image (hero, body blocks, share image), from
    Wagtail's reference index: two queries whatever the number of images."""
    if not images:
        return {}
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to_in_bulk(images).filter(
        base_content_type=page_type
    )
    by_page = defaultdict(set)
    for to_id, page_id in references.values_list("to_object_id", "object_id"):
        by_page[int(page_id)].add(int(to_id))
    pages = Page.objects.filter(pk__in=by_page).order_by("pk")
    using: dict[int, list[Page]] = defaultdict(list)
    for page in pages:
        for image_id in sorted(by_page[page.pk]):
            using[image_id].append(page)
    return dict(using)


WITHDRAWN_ACTION = "newsroom.licence_withdrawn"
RESTORED_ACTION = "newsroom.licence_restored"


def apply_licence_windows(at: datetime.datetime, lock=lambda queryset: queryset) -> list[int]:
    """Withdraw or restore each image whose window changed, inside the scheduler's transaction
    (`lock`: its row lock); returns their ids."""
    images = list(lock(NewsroomImage.objects.filter(unapplied(at))).order_by("pk"))
    for image in images:
        image.licence_withheld = not image.is_licensed_at(at)
        # A save, not an update: the API's response cache is invalidated by it.
        image.save(update_fields=["licence_withheld"])
        log(image, WITHDRAWN_ACTION if image.licence_withheld else RESTORED_ACTION)
        if image.licence_withheld:
            image.renditions.all().delete()
    live = [page for pages in pages_using(images).values() for page in pages if page.live]
    if live:
        unique = {page.pk: page for page in live}
        pages_changed.send(
            sender=NewsroomImage, pages=list(Page.objects.filter(pk__in=unique).specific())
        )
    return [image.pk for image in images]
