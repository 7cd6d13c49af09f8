"""Resolvers of the embargo area: a journalist's personal link opens a release before it is
public, and only a page reached that way carries its embargo."""

from graphql import GraphQLError

from cms.api.core.private import mark_private
from cms.embargo.access import EmbargoAccess, open_embargo
from cms.embargo.tokens import EmbargoTokenError

EMBARGO_ATTRIBUTE = "_newsroom_embargo"


def resolve_embargo(page, info) -> EmbargoAccess | None:
    """Only a page reached through an embargo token carries its embargo; null otherwise."""
    return getattr(page, EMBARGO_ATTRIBUTE, None)


def resolve_embargoed_page(info, token: str):
    """The pinned revision while the embargo holds, the public page once it has lifted. The
    response is private whatever the outcome, and never stored in the response cache."""
    request = info.context.request
    mark_private(request)
    try:
        access = open_embargo(token, request=request)
    except EmbargoTokenError as error:
        raise GraphQLError(str(error), extensions={"code": error.code}) from None
    page = access.page
    setattr(page, EMBARGO_ATTRIBUTE, access)
    if access.lifted:
        info.context.pages.register([page])
        info.context.pages.admit_media_of(page)
    else:
        info.context.pages.register_preview(page)
    return page
