"""Which renditions a client may ask for.

Without an allow-list any client could make the server generate and store an image for every
width from 1 to 10,000: the API only builds Wagtail filter specs from sizes, formats and
qualities listed in settings.
"""

from dataclasses import dataclass

from cms.conf import newsroom

FORMAT_OPERATIONS = {
    "JPEG": ("jpeg", "jpegquality"),
    "PNG": ("png", None),
    "WEBP": ("webp", "webpquality"),
    "AVIF": ("avif", "avifquality"),
}
EXTENSION_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP", "avif": "AVIF"}


class RenditionNotAllowed(ValueError):
    """A rendition request outside the allow-list; the message is safe to show to clients."""


@dataclass(frozen=True)
class RenditionRequest:
    width: int | None = None
    height: int | None = None
    fill: bool = False
    format: str | None = None
    quality: int | None = None

    def filter_spec(self) -> str:
        self.check()
        if self.fill:
            operations = [f"fill-{self.width}x{self.height}"]
        elif self.width and self.height:
            operations = [f"max-{self.width}x{self.height}"]
        elif self.width:
            operations = [f"width-{self.width}"]
        elif self.height:
            operations = [f"height-{self.height}"]
        else:
            operations = ["original"]
        if self.format:
            extension, quality_operation = FORMAT_OPERATIONS[self.format]
            operations.append(f"format-{extension}")
            if self.quality is not None:
                operations.append(f"{quality_operation}-{self.quality}")
        return "|".join(operations)

    def check(self) -> None:
        sizes = newsroom.RENDITION_SIZES
        for name, value in (("width", self.width), ("height", self.height)):
            if value is not None and value not in sizes:
                raise RenditionNotAllowed(
                    f"{name} {value} is not an allowed rendition size; allowed sizes: "
                    f"{', '.join(map(str, sizes))}."
                )
        if self.fill and not (self.width and self.height):
            raise RenditionNotAllowed("fill needs both a width and a height.")
        if self.quality is not None:
            if not self.format or FORMAT_OPERATIONS[self.format][1] is None:
                raise RenditionNotAllowed(
                    "quality applies to the JPEG, WEBP and AVIF formats only."
                )
            if self.quality not in newsroom.RENDITION_QUALITIES:
                raise RenditionNotAllowed(
                    f"quality {self.quality} is not allowed; allowed: "
                    f"{', '.join(map(str, newsroom.RENDITION_QUALITIES))}."
                )


def format_of(file_name: str) -> str:
    return EXTENSION_FORMATS.get(file_name.rsplit(".", 1)[-1].lower(), "JPEG")
