"""Demo photographs drawn locally, so loading the demo needs no network."""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw


def draw_placeholder_photo(
    label: str, colour: tuple[int, int, int], size: tuple[int, int] = (1600, 900)
) -> ImageFile:
    width, height = size
    picture = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(picture)
    red, green, blue = colour
    for row in range(0, height, 6):
        shade = row / height
        draw.rectangle(
            [0, row, width, row + 6],
            fill=(
                int(red * (1 - shade / 2)),
                int(green * (1 - shade / 2)),
                int(blue * (1 - shade)),
            ),
        )
    draw.ellipse([width * 0.6, height * 0.15, width * 0.8, height * 0.5], fill=(230, 220, 190))
    draw.text((40, height - 60), label, fill=(255, 255, 255))
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return ImageFile(buffer, name=f"{label[:60]}.jpg")
