"""Which renditions a client may ask for.

Without an allow-list any client could make the server generate and store an image for every
width from 1 to 10,000: the API only builds Wagtail filter specs from sizes, formats and
qualities listed in settings.
"""

from dataclasses import dataclass, replace

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


def nearest_allowed(value: int, allowed: list[int]) -> int:
    """The allowed value closest to `value`; between two equally close, the larger (a sharper
    image rather than a blurry one)."""
    if value <= 0:
        raise RenditionNotAllowed(f"{value} is not a size or quality: use a positive number.")
    return min(allowed, key=lambda candidate: (abs(candidate - value), -candidate))


def snapped(request: RenditionRequest) -> RenditionRequest:
    """The request with its sizes and quality moved to the nearest allowed ones, so a client
    that asks for 801 px gets the 800 px rendition instead of an error. What cannot be moved
    (fill without both sizes, a quality on PNG) still fails in `check`."""
    sizes = newsroom.RENDITION_SIZES
    return replace(
        request,
        width=None if request.width is None else nearest_allowed(request.width, sizes),
        height=None if request.height is None else nearest_allowed(request.height, sizes),
        quality=(
            None
            if request.quality is None
            else nearest_allowed(request.quality, newsroom.RENDITION_QUALITIES)
        ),
    )


def srcset_widths(widths: list[int], original_width: int) -> list[int]:
    """Snapped widths for a srcset, ascending, each once, never above the original: every width
    at or above the original collapses into one entry, the smallest allowed size that covers
    it (Wagtail does not upscale, so that rendition has the original's width). Browsers reject
    a srcset whose descriptors repeat."""
    sizes = sorted(newsroom.RENDITION_SIZES)
    wanted = sorted({nearest_allowed(width, sizes) for width in widths})
    below = [width for width in wanted if width < original_width]
    if len(below) < len(wanted):
        below.append(next((size for size in sizes if size >= original_width), sizes[-1]))
    return below


def format_of(file_name: str) -> str:
    return EXTENSION_FORMATS.get(file_name.rsplit(".", 1)[-1].lower(), "JPEG")
