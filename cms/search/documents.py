"""What of a news item is searchable, and keeping the index in step with what is live.

Only the live page row is read (Wagtail keeps drafts in revisions), and a page that is not
live has no document: a draft is never indexed. Expiry and view restrictions are applied by
the API's visibility rule at query time, so an expired or restricted item never surfaces even
before the scheduler unpublishes it.
"""

import html
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils.html import strip_tags
from wagtail.models import Page

from newsroom_pages.pages import CampaignVictoryPage, NewsItemPage, ReportPage

from . import engines
from .models import SearchDocument, SearchWord
from .normalise import normalise
from .vocabulary import Tally

BATCH = 500


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


# Block values under these keys are not text a reader searches for.
NOT_TEXT = frozenset({"type", "id", "level", "url", "format", "image", "document", "page"})


def texts(value) -> Iterator[str]:
    """The readable texts in a StreamField's raw JSON (paragraphs, headings, captions, quotes,
    key facts, labels), rich text reduced to plain text. Read from the JSON rather than through
    the blocks, which would load every image, document and linked page: indexing ten thousand
    items stays a handful of queries per batch."""
    if isinstance(value, str):
        if value and not value.startswith(("http://", "https://")):
            yield html.unescape(strip_tags(value))
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if key not in NOT_TEXT:
                yield from texts(item)
    elif isinstance(value, Iterable):
        for item in value:
            yield from texts(item)


def document_for(page: NewsItemPage) -> Document:
    body = list(texts(page.body.raw_data))
    names: list[str] = []
    if isinstance(page, ReportPage):
        body += texts(page.key_findings.raw_data)
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
    store([document_for(page)])


def store(documents: list[Document], replacing: bool = True) -> None:
    """Write the documents, their engine index and (PostgreSQL) their words' counts in the
    vocabulary, less the words of the versions they replace (`replacing=False` when the
    vocabulary was emptied first)."""
    engine = engines.current()
    with transaction.atomic():
        tally = Tally()
        if engine.keeps_vocabulary:
            if replacing:
                previous = SearchDocument.objects.filter(
                    page_id__in=[document.page_id for document in documents]
                )
                for old in previous.only("locale_code", "title", "title_key", "summary", "body"):
                    tally.add(old, sign=-1)
            for document in documents:
                tally.add(document)
        SearchDocument.objects.bulk_create(
            [
                SearchDocument(
                    page_id=document.page_id,
                    locale_code=document.code,
                    title=document.title,
                    summary=document.summary,
                    body=document.body,
                    title_key=document.title_key,
                )
                for document in documents
            ],
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=["locale_code", "title", "summary", "body", "title_key"],
        )
        engine.store(connection, documents)
        tally.write(connection)


def forget(document: SearchDocument) -> None:
    """Take a deleted document's words out of the vocabulary."""
    if engines.current(connection).keeps_vocabulary:
        tally = Tally()
        tally.add(document, sign=-1)
        tally.write(connection)


def drop_pages(page_ids: list[int]) -> None:
    """The engine's index follows through the document's delete signal."""
    SearchDocument.objects.filter(page_id__in=page_ids).delete()


def rebuild() -> int:
    """Index every live news item again and drop documents of pages that are not; returns how
    many are indexed."""
    live = NewsItemPage.objects.live().filter(alias_of__isnull=True)
    stale = SearchDocument.objects.exclude(page_id__in=live.values("pk"))
    drop_pages(list(stale.values_list("page_id", flat=True)))
    ids = list(live.order_by("pk").values_list("pk", flat=True))
    with transaction.atomic():
        SearchWord.objects.all().delete()
        for start in range(0, len(ids), BATCH):
            batch = live.filter(pk__in=ids[start : start + BATCH]).select_related("locale")
            store([document_for(page) for page in batch.specific()], replacing=False)
    return len(ids)
