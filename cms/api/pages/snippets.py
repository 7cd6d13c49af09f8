"""GraphQL types for the newsroom's taxonomy, contacts and locales."""

import graphene
from django.conf import settings

from cms.api.core.identity import Node, database_id_field, global_id, keyed_by_row
from newsroom_pages.localization import locale_direction


class TextDirection(graphene.Enum):
    """Writing direction of a language, for the page's `dir` attribute."""

    LTR = "LTR"
    RTL = "RTL"

    @property
    def description(self) -> str:
        return {
            "LTR": "Left to right (English, French, Spanish).",
            "RTL": "Right to left (Arabic).",
        }[self.name]


class Locale(graphene.ObjectType):
    """A language the newsroom publishes in."""

    code = graphene.String(required=True, description="Language code, e.g. en or ar.")
    name = graphene.String(required=True, description="The language's name, in English.")
    direction = graphene.Field(TextDirection, required=True, description="For `dir`.")
    is_default = graphene.Boolean(
        required=True, description="The source language: what `fallback` falls back to."
    )

    class Meta:
        interfaces = (Node,)

    @staticmethod
    def resolve_id(locale: "Locale", info) -> str:
        return global_id("Locale", locale.code)

    @classmethod
    def from_code(cls, code: str) -> "Locale":
        names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        return cls(
            code=code,
            name=names.get(code, code),
            direction=locale_direction(code),
            is_default=code == settings.LANGUAGE_CODE,
        )


class Topic(keyed_by_row("Topic"), graphene.ObjectType):
    """A subject the newsroom reports on (e.g. death penalty), in one language."""

    database_id = database_id_field("topic")
    name = graphene.String(required=True, description="In the topic's language.")
    slug = graphene.String(required=True, description="Shared by every language; `topic:` filter.")

    class Meta:
        interfaces = (Node,)


class Country(keyed_by_row("Country"), graphene.ObjectType):
    """A country items are about, named in one language."""

    database_id = database_id_field("country")
    name = graphene.String(required=True, description="In the country's row's language.")
    iso_code = graphene.String(
        required=True, description="ISO 3166-1 alpha-2, e.g. LY; the `country:` filter."
    )

    class Meta:
        interfaces = (Node,)


class PressContact(keyed_by_row("PressContact"), graphene.ObjectType):
    """Who journalists call about an item: its own contact, else the newsroom's."""

    database_id = database_id_field("press contact")
    name = graphene.String(required=True, description="Full name.")
    role = graphene.String(required=True, description="Job title, e.g. Press officer.")
    email = graphene.String(required=True, description="Press enquiries address.")
    phone = graphene.String(required=True, description="With country code; may be empty.")

    class Meta:
        interfaces = (Node,)
