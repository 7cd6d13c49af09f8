"""What of a news item is searchable, and keeping the index in step with what is live.

Only the live page row is read (Wagtail keeps drafts in revisions), and a page that is not
live has no document: a draft is never indexed. Expiry and view restrictions are applied by
the API's visibility rule at query time, so an expired or restricted item never surfaces even
before the scheduler unpublishes it.
"""

from dataclasses import dataclass

from django.db import connection, transaction
from wagtail.models import Page

from newsroom_pages.pages import CampaignVictoryPage, NewsItemPage, ReportPage

from . import engines
from .models import SearchDocument
from .normalise import normalise


@dataclass(frozen=True)
class Document:
    page_id: int
    code: str
    title: str
    summary: str
    body: str
    names: str

    @property
    def title_key(self) -> str:
        return normalise(f"{self.title} {self.names}", self.code)


def document_for(page: NewsItemPage) -> Document:
    body = list(page.body.stream_block.get_searchable_content(page.body))
    names: list[str] = []
    if isinstance(page, ReportPage):
        body += [block.value for block in page.key_findings]
        names.append(page.index_number)
    if isinstance(page, CampaignVictoryPage):
        names.append(page.campaign)
        body.append(page.outcome)
    return Document(
        page_id=page.pk,
        code=page.locale.language_code,
        title=page.title,
        summary=page.summary,
        body="\n".join(text for text in body if text),
        names=" ".join(names),
    )


def index_page(page_id: int) -> None:
    """Store the page's live text as the database holds it (never an unsaved draft in memory),
    or drop it when the page is not live, is an alias or is gone."""
    page = Page.objects.filter(pk=page_id).select_related("locale").specific().first()
    if not isinstance(page, NewsItemPage) or not page.live or page.alias_of_id is not None:
        drop_pages([page_id])
        return
    document = document_for(page)
    with transaction.atomic():
        SearchDocument.objects.update_or_create(
            page_id=document.page_id,
            defaults={
                "locale_code": document.code,
                "title": document.title,
                "summary": document.summary,
                "body": document.body,
                "title_key": document.title_key,
            },
        )
        engines.current().store(connection, document)


def drop_pages(page_ids: list[int]) -> None:
    """The engine's index follows through the document's delete signal."""
    SearchDocument.objects.filter(page_id__in=page_ids).delete()


def rebuild() -> int:
    """Index every live news item again and drop documents of pages that are not; returns how
    many are indexed."""
    live = NewsItemPage.objects.live().filter(alias_of__isnull=True)
    stale = SearchDocument.objects.exclude(page_id__in=live.values("pk"))
    drop_pages(list(stale.values_list("page_id", flat=True)))
    count = 0
    for page_id in live.values_list("pk", flat=True).iterator(chunk_size=500):
        index_page(page_id)
        count += 1
    return count
