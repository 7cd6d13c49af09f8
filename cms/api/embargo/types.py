"""`page(embargoToken:)`: a journalist's personal link to a release before it is public."""

import graphene
from graphql import GraphQLError

from cms.api.private import mark_private
from cms.embargo.access import EmbargoAccess, open_embargo
from cms.embargo.tokens import EmbargoTokenError

EMBARGO_ATTRIBUTE = "_newsroom_embargo"


class EmbargoRecipient(graphene.ObjectType):
    """The journalist the embargo link was sent to."""

    name = graphene.String(required=True, description="Their name.")
    outlet = graphene.String(required=True, description="Their publication; may be empty.")


class Embargo(graphene.ObjectType):
    """A release seen under embargo, through one journalist's personal link."""

    lifts_at = graphene.DateTime(required=True, description="When the page goes public.")
    is_lifted = graphene.Boolean(
        required=True,
        description="True once the page is public: redirect the reader to its `urlPath`.",
    )
    recipient = graphene.Field(
        EmbargoRecipient, required=True, description="Whom the link was sent to."
    )

    @staticmethod
    def resolve_lifts_at(access: EmbargoAccess, info):
        return access.lifts_at

    @staticmethod
    def resolve_is_lifted(access: EmbargoAccess, info) -> bool:
        return access.lifted

    @staticmethod
    def resolve_recipient(access: EmbargoAccess, info):
        return access.link.journalist


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
