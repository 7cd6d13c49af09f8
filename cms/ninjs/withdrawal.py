"""The seam for legal takedown: which items agencies must be told to withdraw, and what they
are told.

An agency that took an item keeps it until told otherwise; ninjs tells it with
`pubstatus: "canceled"` on the item's own URI. A withdrawn item answers with the minimal
document below (no headline, no body, nothing that repeats what was removed), where any other
item that is not public answers 404.

`newsroom_pages` has no takedown state yet (issue 27, part B, is built beside this), so
`withdrawn` selects no item; the takedown work replaces its body with the domain's predicate
(e.g. `queryset.filter(<taken down>)`) and nothing else here changes.
"""

import datetime

from django.db.models import QuerySet

from newsroom_pages.pages import NewsItemPage

from .identity import item_uri, standard

CANCELED = "canceled"


def withdrawn(queryset: QuerySet) -> QuerySet:
    """The news items of `queryset` withdrawn from publication for legal reasons."""
    return queryset.none()


def withdrawn_document(page: NewsItemPage, *, at: datetime.datetime) -> dict:
    """What an agency is told about a withdrawn item: its URI, that it is canceled, since when
    (`at`), and nothing of its content."""
    return {
        "uri": item_uri(page),
        "standard": standard(),
        "type": "text",
        "pubstatus": CANCELED,
        "versioncreated": at.isoformat(),
        "language": page.locale.language_code,
    }
