"""Global object identification (the GraphQL Global Object Identification spec, as Relay reads
it): every object with an identity implements `Node` and has an `id` unique across the whole
schema, so a normalised cache (Relay's by `id` alone; Apollo's and urql's by type and id) never
merges two objects.

An id is the URL-safe base64 of `<kind>:<key>`, where the kind names what the key counts
(`Page`, `Image`, `Topic`…) and the key is the row's primary key (one row per locale for pages
and snippets, so ids are locale-aware by construction). Only database keys and kind names go
in, so ids stay the same across deploys; clients must treat them as opaque.
"""

import base64
import binascii
from dataclasses import dataclass

import graphene

from cms.api.core.errors import ErrorCode, coded
from cms.api.core.ids import MAX_DATABASE_ID

KINDS = frozenset(
    {
        "Page",
        "Translation",
        "StreamBlock",
        "Image",
        "Document",
        "Topic",
        "Country",
        "PressContact",
        "Locale",
        "Redirect",
    }
)
MAX_ID_LENGTH = 200


class MalformedId(ValueError):
    """Not an id this API issued: a client error with a clear message, never a server error."""


@dataclass(frozen=True)
class GlobalId:
    kind: str
    key: str

    def database_id(self) -> int:
        try:
            number = int(self.key)
        except ValueError:
            raise MalformedId(f"`{self.kind}` ids hold a number.") from None
        if not 1 <= number <= MAX_DATABASE_ID:
            raise MalformedId(f"`{self.kind}` id out of range.")
        return number


def global_id(kind: str, key: object) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{key}".encode()).decode().rstrip("=")


def page_global_id(pk: int) -> str:
    """One kind for every page type, so a tombstone (which knows only the key) names the same
    object the page was."""
    return global_id("Page", pk)


def parse_global_id(value: object) -> GlobalId:
    if not isinstance(value, str) or not value or len(value) > MAX_ID_LENGTH:
        raise MalformedId("Not an id returned by this API.")
    try:
        padded = value + "=" * (-len(value) % 4)
        text = base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError):
        raise MalformedId("Not an id returned by this API.") from None
    kind, separator, key = text.partition(":")
    if not separator or kind not in KINDS or not key or global_id(kind, key) != value:
        raise MalformedId("Not an id returned by this API.")
    return GlobalId(kind, key)


def bad_id(error: MalformedId):
    return coded(str(error), ErrorCode.BAD_USER_INPUT)


_TYPE_RESOLVERS: list = []


def node_type_resolver(function):
    """Registers `function(instance) -> GraphQL type | None` for `Node`'s abstract type
    resolution (declared where the types are known: cms/api/nodes/schema.py)."""
    _TYPE_RESOLVERS.append(function)
    return function


class Node(graphene.Interface):
    """An object with a global id: refetch it with `node(id:)`, cache it by `id`."""

    id = graphene.ID(
        required=True,
        description="Globally unique and stable; opaque (do not parse it). Refetch the object "
        "with `node(id:)`.",
    )

    @classmethod
    def resolve_type(cls, instance, info):
        for resolver in _TYPE_RESOLVERS:
            if (found := resolver(instance)) is not None:
                return found
        return None


def keyed_by_row(kind: str) -> type:
    """Resolvers of `id` and `databaseId` for a type whose objects are database rows of
    `kind`: mixed into the GraphQL type."""

    class KeyedByRow:
        @staticmethod
        def resolve_id(row, info) -> str:
            return global_id(kind, row.pk)

        @staticmethod
        def resolve_database_id(row, info) -> int:
            return row.pk

    return KeyedByRow


def database_id_field(what: str) -> graphene.Field:
    return graphene.Int(
        required=True,
        description=f"The {what}'s database key: what `id` held before ids became global "
        "(see docs/frontend/global-ids.md). Prefer `id`.",
    )
