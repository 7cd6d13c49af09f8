"""The JSON event a frontend receives, with the cache tags (newsroom_pages.cache_tags) that let
it purge exactly what changed.

Events are built while the page and its relations still exist (a deleted page's topics are gone
after the delete), then sent only after the transaction commits.
"""

import uuid
from enum import StrEnum

from django.utils import timezone
from wagtail.models import Locale, Page

from newsroom_pages.cache_tags import cache_tags
from newsroom_pages.notices import notices_of
from newsroom_pages.paths import frontend_path


class Action(StrEnum):
    PUBLISHED = "published"
    TRANSLATION_PUBLISHED = "translation_published"
    UNPUBLISHED = "unpublished"
    MOVED = "moved"
    DELETED = "deleted"


def is_translation(page: Page) -> bool:
    """A page outside the default locale whose default-locale original exists."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return False
    return Page.objects.filter(translation_key=page.translation_key, locale=default).exists()


def build_event(page: Page, action: Action, *, old_url_path: str | None = None) -> dict:
    event = {
        "id": str(uuid.uuid4()),
        "action": str(action),
        "occurredAt": timezone.now().isoformat(),
        "pageId": page.pk,
        "pageType": page.specific_class.__name__ if page.specific_class else "Page",
        "locale": page.locale.language_code,
        "translationKey": str(page.translation_key),
        "urlPath": frontend_path(page),
        "cacheTags": cache_tags(page),
    }
    if old_url_path is not None:
        event["oldUrlPath"] = frontend_path(page, url_path=old_url_path)
    if notices := notices_of(page.specific):
        # A frontend that shows "Corrected" badges on listings knows to purge those too.
        latest = notices[0]
        event["latestNotice"] = {"kind": latest.kind.name, "notedAt": latest.noted_at.isoformat()}
    return event
