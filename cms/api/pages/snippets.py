"""GraphQL types for the newsroom's taxonomy, contacts and locales."""

import graphene
from django.conf import settings

from newsroom_pages.localization import locale_direction


class TextDirection(graphene.Enum):
    LTR = "LTR"
    RTL = "RTL"


class Locale(graphene.ObjectType):
    code = graphene.String(required=True)
    name = graphene.String(required=True)
    direction = graphene.Field(TextDirection, required=True)
    is_default = graphene.Boolean(required=True)

    @classmethod
    def from_code(cls, code: str) -> "Locale":
        names = dict(settings.WAGTAIL_CONTENT_LANGUAGES)
        return cls(
            code=code,
            name=names.get(code, code),
            direction=locale_direction(code),
            is_default=code == settings.LANGUAGE_CODE,
        )


class Topic(graphene.ObjectType):
    id = graphene.ID(required=True)
    name = graphene.String(required=True)
    slug = graphene.String(required=True)


class Country(graphene.ObjectType):
    id = graphene.ID(required=True)
    name = graphene.String(required=True)
    iso_code = graphene.String(required=True)


class PressContact(graphene.ObjectType):
    id = graphene.ID(required=True)
    name = graphene.String(required=True)
    role = graphene.String(required=True)
    email = graphene.String(required=True)
    phone = graphene.String(required=True)
