"""What a release seen under embargo shows: when it lifts and whom the link was sent to."""

import graphene

from cms.embargo.access import EmbargoAccess


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
