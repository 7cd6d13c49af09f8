"""Translations follow their source: which page a translation was made from, and whether that
source has been published for everyone to read."""

from __future__ import annotations

from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import Translation


def source_of(page: Page) -> Page | None:
    """The page wagtail-localize translates `page` from, or None for an original. A page
    created in French and translated into English has the French page as its source."""
    if page.translation_key is None or page.locale_id is None:
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id
        )
        .select_related("source")
        .first()
    )
    if translation is None or translation.source.locale_id == page.locale_id:
        return None
    return (
        Page.objects.filter(
            translation_key=page.translation_key, locale_id=translation.source.locale_id
        )
        .select_related("locale")
        .first()
    )


def is_published(page: Page) -> bool:
    """Live and unexpired: the reader of the source language can read it now."""
    return page.live and (page.expire_at is None or page.expire_at > timezone.now())


def follow_source_schedule(page: Page) -> None:
    """A translation about to be published keeps its source's expiry, whatever its own form
    says: it leaves the site when the source does. Its go-live needs no copy, since it cannot
    go live before the source anyway."""
    source = source_of(page)
    if source is not None and source.expire_at is not None:
        page.expire_at = source.expire_at


def propagate_schedule(source: Page) -> int:
    """Once a source is published, its translations take its expiry (or lose theirs)."""
    targets = Translation.objects.filter(
        source__object_id=source.translation_key, source__locale_id=source.locale_id
    ).values("target_locale_id")
    return (
        Page.objects.filter(translation_key=source.translation_key, locale_id__in=targets)
        .exclude(expire_at=source.expire_at)
        .update(expire_at=source.expire_at)
    )
