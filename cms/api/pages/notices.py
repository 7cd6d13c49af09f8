"""`NewsItem.notices`: corrections, clarifications, updates and editor's notes, newest first.

Notices come with the news item's row (a column of it); only their links need lookups, and
those are resolved for every pooled item at once (newsroom_pages.notices), as bodies are, so a
listing of 100 corrected items costs what a listing of one does.
"""

import graphene

from newsroom_pages.notices import KIND_LABELS, Notice, NoticeKind, with_links_resolved
from newsroom_pages.pages import NewsItemPage


def _kind_description(value) -> str:
    """graphene asks this once for the enum (None) and once for each value."""
    if value is None:
        return "What kind of change a notice records."
    return f"{KIND_LABELS[value]} (the `{value.value}` block)."


NoticeKindEnum = graphene.Enum.from_enum(NoticeKind, description=_kind_description)


class ResolvedNotice(graphene.ObjectType):
    """One dated notice shown to readers above the story."""

    kind = graphene.Field(NoticeKindEnum, required=True, description="What kind of change.")
    published_at = graphene.DateTime(
        required=True, description="When the change was made (the notice's date)."
    )
    text = graphene.String(
        required=True,
        description="HTML (bold, italic, links); links are frontend paths, links to what is "
        "not public plain text.",
    )

    class Meta:
        name = "Notice"

    @staticmethod
    def resolve_kind(notice: Notice, info) -> NoticeKind:
        return notice.kind

    @staticmethod
    def resolve_published_at(notice: Notice, info):
        return notice.noted_at

    @staticmethod
    def resolve_text(notice: Notice, info) -> str:
        return notice.html


class NoticesLoader:
    """The notices of every pooled news item, resolved the first time one is asked for."""

    def __init__(self, pages) -> None:
        self.pages = pages
        self._notices: dict[int, list[Notice]] = {}

    def notices_for(self, page) -> list[Notice]:
        if not isinstance(page, NewsItemPage):
            return []
        if page.pk not in self._notices:
            pending = {pk: p for pk, p in self.pages.pool.items() if pk not in self._notices}
            pending[page.pk] = self.pages.pool.get(page.pk, page)
            items = [p for p in pending.values() if isinstance(p, NewsItemPage)]
            self._notices |= with_links_resolved(
                items, urls=self.pages.frontend_paths, translations=self.pages.translated_links
            )
        return self._notices[page.pk]
