"""Which pages make up the newsroom a static build mirrors: newsroom index pages and the news
items below one. A news item moved anywhere else has left the newsroom."""

from django.db.models import Q, QuerySet
from wagtail.models import Page

from .pages import NewsItemPage, NewsroomIndexPage

NEWSROOM_TYPES = (NewsroomIndexPage, NewsItemPage)


def is_newsroom_type(model: type | None) -> bool:
    return model is not None and issubclass(model, NEWSROOM_TYPES)


def in_newsroom(pages: QuerySet) -> QuerySet:
    """`pages` (already narrowed by the visibility rule) limited to newsroom index pages and
    news items that are children of one (one query for the index paths)."""
    if issubclass(pages.model, NewsroomIndexPage):
        return pages
    children_of_an_index = Q(pk__in=[])
    for path in NewsroomIndexPage.objects.values_list("path", flat=True):
        children_of_an_index |= Q(path__startswith=path, depth=len(path) // Page.steplen + 1)
    return pages.filter(children_of_an_index)
