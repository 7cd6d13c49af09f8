"""GraphQL types for images, renditions and documents: the credit travels with every rendition."""

import graphene

from cms.api.errors import ErrorCode, coded
from cms.media.rendition_specs import RenditionNotAllowed, RenditionRequest, format_of
from cms.media.renditions import InvalidRenditionSpec, RenditionUnavailable


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


class Rendition(graphene.ObjectType):
    url = graphene.String(required=True, description="Absolute public URL of the file.")
    width = graphene.Int(required=True)
    height = graphene.Int(required=True)
    format = graphene.Field(ImageFormat, required=True)
    alt = graphene.String(required=True)
    credit = graphene.String(required=True)
    licence = graphene.String(required=True)

    @staticmethod
    def resolve_url(rendition, info) -> str:
        return info.context.media.absolute_url(rendition.url)

    @staticmethod
    def resolve_format(rendition, info) -> str:
        return format_of(rendition.file.name)

    @staticmethod
    def resolve_alt(rendition, info) -> str:
        return rendition.image.default_alt_text

    @staticmethod
    def resolve_credit(rendition, info) -> str:
        return rendition.image.credit

    @staticmethod
    def resolve_licence(rendition, info) -> str:
        return rendition.image.licence


def _renditions(info, image, requests: list[RenditionRequest]) -> list:
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


class Image(graphene.ObjectType):
    id = graphene.ID(required=True)
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
        required=True,
        width=graphene.Int(),
        height=graphene.Int(),
        fill=graphene.Boolean(default_value=False),
        format=ImageFormat(),
        quality=graphene.Int(),
        description="A resized copy; sizes, formats and qualities come from an allow-list.",
    )
    src_set = graphene.String(
        required=True,
        widths=graphene.List(graphene.NonNull(graphene.Int), required=True),
        format=ImageFormat(),
        description='An HTML srcset value, e.g. "https://…/a.width-480.webp 480w, …".',
    )

    @staticmethod
    def resolve_alt(image, info) -> str:
        return image.default_alt_text

    @staticmethod
    def resolve_source_url(image, info) -> str | None:
        return image.source_url or None

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
        request = RenditionRequest(width, height, bool(fill), _enum_value(format), quality)
        return _renditions(info, image, [request])[0]

    @staticmethod
    def resolve_src_set(image, info, widths: list[int], format=None) -> str:
        if not widths or len(widths) > 8:
            raise coded("srcSet takes between 1 and 8 widths.", ErrorCode.RENDITION_NOT_ALLOWED)
        requests = [RenditionRequest(width=w, format=_enum_value(format)) for w in widths]
        renditions = _renditions(info, image, requests)
        media = info.context.media
        return ", ".join(f"{media.absolute_url(r.url)} {r.width}w" for r in renditions)


class Document(graphene.ObjectType):
    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    url = graphene.String(required=True, description="Absolute public URL of the file.")
    file_size = graphene.Int()
    content_type = graphene.String(required=True)

    @staticmethod
    def resolve_url(document, info) -> str:
        return info.context.media.document_url(document)


def _enum_value(value) -> str | None:
    return getattr(value, "value", value)
