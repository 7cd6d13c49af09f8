"""GraphQL types for images, renditions and documents: the credit travels with every rendition."""

from dataclasses import dataclass

import graphene

from cms.api.core.errors import ErrorCode, coded
from cms.api.core.identity import Node, database_id_field, keyed_by_row
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


class ImageFormat(graphene.Enum):
    """A rendition's file format."""

    JPEG = "JPEG"
    PNG = "PNG"
    WEBP = "WEBP"
    AVIF = "AVIF"

    @property
    def description(self) -> str:
        return {
            "JPEG": "JPEG: photographs, read everywhere.",
            "PNG": "PNG: lossless (no `quality`).",
            "WEBP": "WebP: smaller than JPEG, read by every current browser.",
            "AVIF": "AVIF: smallest, read by most current browsers.",
        }[self.name]


class FocalPoint(graphene.ObjectType):
    """The area of the original a crop must keep, in the original's pixels."""

    x = graphene.Int(required=True, description="Centre, from the left.")
    y = graphene.Int(required=True, description="Centre, from the top.")
    width = graphene.Int(required=True, description="Width of the area.")
    height = graphene.Int(required=True, description="Height of the area.")


@dataclass(frozen=True)
class ServedRendition:
    """A rendition with what the client asked for, kept apart from the shared model object
    (two fields may snap to the same rendition)."""

    rendition: NewsroomRendition
    requested: RenditionRequest
    served: RenditionRequest


class Rendition(graphene.ObjectType):
    """A resized copy of an image, carrying the image's alt text and credit."""

    url = graphene.String(required=True, description="Absolute public URL of the file.")
    width = graphene.Int(required=True, description="In pixels, as served.")
    height = graphene.Int(required=True, description="In pixels, as served.")
    format = graphene.Field(ImageFormat, required=True, description="The file's format.")
    alt = graphene.String(required=True, description="The image's alt text; empty if decorative.")
    credit = graphene.String(required=True, description="Show it with the picture.")
    licence = graphene.String(required=True, description="Terms of use; may be empty.")
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
    title = graphene.String(required=True, description="The editors' name for it (not shown).")
    alt = graphene.String(required=True, description="Empty for decorative images.")
    is_decorative = graphene.Boolean(required=True, description="True: use an empty `alt`.")
    caption = graphene.String(required=True, description="The image's own caption.")
    credit = graphene.String(required=True, description="Show it with the picture, verbatim.")
    licence = graphene.String(required=True, description="Terms of use; may be empty.")
    source_url = graphene.String(description="Where the image came from, when recorded.")
    width = graphene.Int(required=True, description="The original's width in pixels.")
    height = graphene.Int(required=True, description="The original's height in pixels.")
    focal_point = graphene.Field(FocalPoint, description="Null when the editor set none.")
    rendition = graphene.Field(
        Rendition,
        width=graphene.Int(description="Wanted width in pixels (snapped to the allow-list)."),
        height=graphene.Int(description="Wanted height in pixels (snapped to the allow-list)."),
        fill=graphene.Boolean(
            default_value=False,
            description="Crop to exactly width x height around the focal point (needs both).",
        ),
        format=ImageFormat(description="The file format; the original's when omitted."),
        quality=graphene.Int(description="JPEG, WebP or AVIF quality (snapped to the allow-list)."),
        description="A resized copy. Sizes and qualities come from an allow-list: others are "
        "snapped to the nearest allowed one (see Rendition.snapped). Null, with an error, when "
        "the request cannot be served (e.g. fill without both sizes); the image's other fields "
        "stay.",
    )
    src_set = graphene.String(
        widths=graphene.List(
            graphene.NonNull(graphene.Int),
            required=True,
            description="1 to 8 widths in pixels (snapped to the allow-list).",
        ),
        format=ImageFormat(description="The file format; the original's when omitted."),
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
            raise coded(str(error), ErrorCode.RENDITION_NOT_ALLOWED) from None
        rendition = _renditions(info, image, [served])[0]
        return ServedRendition(rendition, requested, served)

    @staticmethod
    def resolve_src_set(image, info, widths: list[int], format=None) -> str:
        if not widths or len(widths) > 8:
            raise coded("srcSet takes between 1 and 8 widths.", ErrorCode.RENDITION_NOT_ALLOWED)
        try:
            served = srcset_widths(widths, image.width)
        except RenditionNotAllowed as error:
            raise coded(str(error), ErrorCode.RENDITION_NOT_ALLOWED) from None
        requests = [RenditionRequest(width=w, format=_enum_value(format)) for w in served]
        entries: dict[int, str] = {}
        for rendition in _renditions(info, image, requests):
            entries.setdefault(rendition.width, info.context.media.absolute_url(rendition.url))
        return ", ".join(f"{url} {width}w" for width, url in sorted(entries.items()))


class Document(keyed_by_row("Document"), graphene.ObjectType):
    """A downloadable file (a report PDF), shared by every locale unless replaced."""

    database_id = database_id_field("document")
    title = graphene.String(required=True, description="The document's title.")
    url = graphene.String(required=True, description="Absolute public URL of the file.")
    file_size = graphene.Int(description="In bytes, when known.")
    content_type = graphene.String(
        required=True, description="Its media type, e.g. application/pdf."
    )

    class Meta:
        interfaces = (Node,)

    @staticmethod
    def resolve_url(document, info) -> str:
        return info.context.media.document_url(document)


def _enum_value(value) -> str | None:
    return getattr(value, "value", value)
