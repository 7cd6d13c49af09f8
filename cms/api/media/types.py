"""GraphQL types for images, renditions and documents: the credit travels with every rendition."""

from dataclasses import dataclass

import graphene

from cms.api.errors import ErrorCode, coded
from cms.media.models import NewsroomRendition
from cms.media.rendition_specs import (
    RenditionNotAllowed,
    RenditionRequest,
    format_of,
    snapped,
    srcset_widths,
)
from cms.media.renditions import InvalidRenditionSpec, RenditionUnavailable
from newsroom_pages.safe_urls import safe_url

from ..identity import Node, database_id_field, keyed_by_row


class ImageFormat(graphene.Enum):
    JPEG = "JPEG"
    PNG = "PNG"
    WEBP = "WEBP"
    AVIF = "AVIF"


class FocalPoint(graphene.ObjectType):
    x = graphene.Int(required=True)
    y = graphene.Int(required=True)
    width = graphene.Int(required=True)
    height = graphene.Int(required=True)


@dataclass(frozen=True)
class ServedRendition:
    """A rendition with what the client asked for, kept apart from the shared model object
    (two fields may snap to the same rendition)."""

    rendition: NewsroomRendition
    requested: RenditionRequest
    served: RenditionRequest


class Rendition(graphene.ObjectType):
    url = graphene.String(required=True, description="Absolute public URL of the file.")
    width = graphene.Int(required=True)
    height = graphene.Int(required=True)
    format = graphene.Field(ImageFormat, required=True)
    alt = graphene.String(required=True)
    credit = graphene.String(required=True)
    licence = graphene.String(required=True)
    snapped = graphene.Boolean(
        required=True,
        description="True when a requested size or quality was not in the allow-list and the "
        "nearest allowed one was served instead.",
    )
    requested_width = graphene.Int(description="The width asked for, when one was.")
    requested_height = graphene.Int(description="The height asked for, when one was.")

    @staticmethod
    def resolve_url(served: ServedRendition, info) -> str:
        return info.context.media.absolute_url(served.rendition.url)

    @staticmethod
    def resolve_width(served: ServedRendition, info) -> int:
        return served.rendition.width

    @staticmethod
    def resolve_height(served: ServedRendition, info) -> int:
        return served.rendition.height

    @staticmethod
    def resolve_format(served: ServedRendition, info) -> str:
        return format_of(served.rendition.file.name)

    @staticmethod
    def resolve_alt(served: ServedRendition, info) -> str:
        return served.rendition.image.default_alt_text

    @staticmethod
    def resolve_credit(served: ServedRendition, info) -> str:
        return served.rendition.image.credit

    @staticmethod
    def resolve_licence(served: ServedRendition, info) -> str:
        return served.rendition.image.licence

    @staticmethod
    def resolve_snapped(served: ServedRendition, info) -> bool:
        return served.requested != served.served

    @staticmethod
    def resolve_requested_width(served: ServedRendition, info) -> int | None:
        return served.requested.width

    @staticmethod
    def resolve_requested_height(served: ServedRendition, info) -> int | None:
        return served.requested.height


def bad_input(message: str):
    return coded(message, ErrorCode.RENDITION_NOT_ALLOWED)


def _renditions(info, image, requests: list[RenditionRequest]) -> list[NewsroomRendition]:
    """Renditions for requests already inside the allow-list; a failure fails the field alone
    (both fields are nullable), so the image keeps its alt text and credit."""
    try:
        specs = [request.filter_spec() for request in requests]
    except RenditionNotAllowed as error:
        raise coded(str(error), ErrorCode.RENDITION_NOT_ALLOWED) from None
    try:
        found = info.context.media.renditions(image, *specs)
    except InvalidRenditionSpec as error:
        raise coded(str(error), ErrorCode.RENDITION_NOT_ALLOWED) from None
    except RenditionUnavailable as error:
        raise coded(str(error), ErrorCode.RENDITION_UNAVAILABLE) from None
    renditions = [found[spec] for spec in specs]
    for rendition in renditions:
        rendition.image = image
    return renditions


class Image(keyed_by_row("Image"), graphene.ObjectType):
    """A photograph or illustration, shared by every locale, with the alt text, caption and
    credit that must be shown with it."""

    database_id = database_id_field("image")
    title = graphene.String(required=True)
    alt = graphene.String(required=True, description="Empty for decorative images.")
    is_decorative = graphene.Boolean(required=True)
    caption = graphene.String(required=True)
    credit = graphene.String(required=True)
    licence = graphene.String(required=True)
    source_url = graphene.String()
    width = graphene.Int(required=True)
    height = graphene.Int(required=True)
    focal_point = graphene.Field(FocalPoint)
    rendition = graphene.Field(
        Rendition,
        width=graphene.Int(),
        height=graphene.Int(),
        fill=graphene.Boolean(default_value=False),
        format=ImageFormat(),
        quality=graphene.Int(),
        description="A resized copy. Sizes and qualities come from an allow-list: others are "
        "snapped to the nearest allowed one (see Rendition.snapped). Null, with an error, when "
        "the request cannot be served (e.g. fill without both sizes); the image's other fields "
        "stay.",
    )
    src_set = graphene.String(
        widths=graphene.List(graphene.NonNull(graphene.Int), required=True),
        format=ImageFormat(),
        description='An HTML srcset value, e.g. "https://…/a.width-480.webp 480w, …": widths '
        "snapped to the allow-list, ascending, each once, none wider than the original.",
    )

    class Meta:
        interfaces = (Node,)

    @staticmethod
    def resolve_alt(image, info) -> str:
        return image.default_alt_text

    @staticmethod
    def resolve_source_url(image, info) -> str | None:
        return safe_url(image.source_url)

    @staticmethod
    def resolve_focal_point(image, info) -> FocalPoint | None:
        if not image.has_focal_point():
            return None
        return FocalPoint(
            x=image.focal_point_x,
            y=image.focal_point_y,
            width=image.focal_point_width,
            height=image.focal_point_height,
        )

    @staticmethod
    def resolve_rendition(
        image, info, width=None, height=None, fill=False, format=None, quality=None
    ):
        requested = RenditionRequest(width, height, bool(fill), _enum_value(format), quality)
        try:
            served = snapped(requested)
        except RenditionNotAllowed as error:
            raise bad_input(str(error)) from None
        rendition = _renditions(info, image, [served])[0]
        return ServedRendition(rendition, requested, served)

    @staticmethod
    def resolve_src_set(image, info, widths: list[int], format=None) -> str:
        if not widths or len(widths) > 8:
            raise bad_input("srcSet takes between 1 and 8 widths.")
        try:
            served = srcset_widths(widths, image.width)
        except RenditionNotAllowed as error:
            raise bad_input(str(error)) from None
        requests = [RenditionRequest(width=w, format=_enum_value(format)) for w in served]
        entries: dict[int, str] = {}
        for rendition in _renditions(info, image, requests):
            entries.setdefault(rendition.width, info.context.media.absolute_url(rendition.url))
        return ", ".join(f"{url} {width}w" for width, url in sorted(entries.items()))


class Document(keyed_by_row("Document"), graphene.ObjectType):
    """A downloadable file (a report PDF), shared by every locale unless replaced."""

    database_id = database_id_field("document")
    title = graphene.String(required=True)
    url = graphene.String(required=True, description="Absolute public URL of the file.")
    file_size = graphene.Int()
    content_type = graphene.String(required=True)

    class Meta:
        interfaces = (Node,)

    @staticmethod
    def resolve_url(document, info) -> str:
        return info.context.media.document_url(document)


def _enum_value(value) -> str | None:
    return getattr(value, "value", value)
