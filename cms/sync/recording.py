"""Page lifecycle signals -> change log rows, in the same transaction as the change itself
(a rolled-back publish leaves no row; a committed one always has its row).

Expiry has no signal of its own: the scheduler (and the API's catch-up before answering)
unpublishes expired pages, which sends `page_unpublished`. A page's descendants are recorded
too when their paths or visibility change with it (slug change, move, view restriction), and
pages whose shown content changed without a publish (an image's licence began or ended).
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from newsroom_pages.licences import pages_changed
from newsroom_pages.membership import is_newsroom_type
from newsroom_pages.paths import frontend_path

from .models import PageChange

DISPATCH = "cms.sync.record"


def record(pages: list[Page], *, url_path_of=None) -> None:
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    rows = []
    for page in pages:
        if not is_newsroom_type(page.specific_class):
            continue
        url_path = url_path_of(page) if url_path_of else page.url_path
        rows.append(
            PageChange(
                page_id=page.pk,
                locale=codes.get(page.locale_id, ""),
                url_path=_frontend_path(page, url_path, codes),
            )
        )
    PageChange.objects.bulk_create(rows)


def _frontend_path(page: Page, url_path: str, codes: dict[int, str]) -> str:
    page.locale = Locale(pk=page.locale_id, language_code=codes.get(page.locale_id, ""))
    return frontend_path(page, url_path=url_path)


def with_descendants(page: Page) -> list[Page]:
    """A news item is a leaf: only a newsroom page with children costs a second query."""
    if not page.numchild:
        return [page]
    return [page, *Page.objects.descendant_of(page).defer_streamfields()]


def on_published(sender, instance: Page, **kwargs) -> None:
    record(with_descendants(instance))


def on_unpublished(sender, instance: Page, **kwargs) -> None:
    record([instance])


def on_moved(sender, instance: Page, url_path_before: str, url_path_after: str, **kwargs) -> None:
    def before(page: Page) -> str:
        return url_path_before + page.url_path[len(url_path_after) :]

    record(with_descendants(instance), url_path_of=before)


def on_pages_changed(sender, pages: list[Page], **kwargs) -> None:
    record(pages)


def on_page_deleted(sender, instance: Page, **kwargs) -> None:
    record([instance])


def on_restriction_changed(sender, instance: PageViewRestriction, **kwargs) -> None:
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        record(with_descendants(page))


def connect() -> None:
    page_published.connect(on_published, dispatch_uid=f"{DISPATCH}.published")
    page_unpublished.connect(on_unpublished, dispatch_uid=f"{DISPATCH}.unpublished")
    post_page_move.connect(on_moved, dispatch_uid=f"{DISPATCH}.moved")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid=f"{DISPATCH}.deleted")
    pages_changed.connect(on_pages_changed, dispatch_uid=f"{DISPATCH}.changed")
    for signal, name in ((post_save, "saved"), (post_delete, "removed")):
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"{DISPATCH}.restriction.{name}",
        )
