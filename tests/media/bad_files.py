"""Files editors should not be able to upload, built for real (no fixture files)."""

import struct
import zlib
from io import BytesIO

from PIL import Image

from tests.media.uploads import MINIMAL_PDF

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)


def noisy_jpeg(size: tuple[int, int] = (640, 480)) -> bytes:
    buffer = BytesIO()
    Image.effect_noise(size, 64).convert("RGB").save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def truncated_jpeg() -> bytes:
    data = noisy_jpeg()
    return data[: len(data) // 2]


def png_bomb(width: int = 10_000, height: int = 10_000) -> bytes:
    """A valid 1-bit PNG of 100 megapixels that weighs a few kilobytes."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)

    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + (width + 7) // 8)
    pixels = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


HTML_AS_PDF = b"<!doctype html><html><body>Report</body></html>"
TRUNCATED_PDF = MINIMAL_PDF[: len(MINIMAL_PDF) // 2]
