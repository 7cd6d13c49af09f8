"""Writing the photographer's credit into the rendition file itself (EXIF and XMP).

A photograph saved from a partner's website must still name its photographer, so every JPEG
and WebP rendition carries EXIF Artist/Copyright and an XMP packet (IPTC Credit Line, rights,
usage terms). The metadata is spliced into the encoded bytes without decoding the pixels
again, so the rendition loses no quality. Any metadata copied from the original (camera
EXIF with GPS positions, editing history) is dropped on the way: for a human-rights newsroom,
where a photograph was taken can endanger the people in it.
"""

from __future__ import annotations

import struct
from io import BytesIO
from xml.sax.saxutils import escape

from PIL import ExifTags, Image

JPEG_SOI = b"\xff\xd8"
EXIF_HEADER = b"Exif\x00\x00"
XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
WEBP_FLAG_EXIF = 0x08
WEBP_FLAG_XMP = 0x04
WEBP_FLAG_ALPHA = 0x10


def credit_exif(credit: str, licence: str = "") -> bytes:
    """EXIF with Artist and Copyright. Text is UTF-8, as exiftool and most readers expect for
    non-ASCII names; the XMP packet carries the same text in a format that defines it."""
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = credit.encode()
    exif[ExifTags.Base.Copyright] = copyright_notice(credit, licence).encode()
    return exif.tobytes()


def copyright_notice(credit: str, licence: str = "") -> str:
    return f"{credit}. {licence}" if licence else credit


def credit_xmp(credit: str, licence: str = "") -> bytes:
    def alt(text: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'

    usage_terms = f"<xmpRights:UsageTerms>{alt(licence)}</xmpRights:UsageTerms>" if licence else ""
    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">'
        f"<photoshop:Credit>{escape(credit)}</photoshop:Credit>"
        f"<dc:rights>{alt(copyright_notice(credit, licence))}</dc:rights>"
        f"{usage_terms}"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="r"?>'
    )
    return packet.encode()


def embed_credit(data: bytes, credit: str, licence: str = "") -> bytes:
    """The same image with the credit embedded; formats without a place for it are returned
    unchanged."""
    exif, xmp = credit_exif(credit, licence), credit_xmp(credit, licence)
    if data.startswith(JPEG_SOI):
        return _jpeg_with_metadata(data, exif, xmp)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp_with_metadata(data, exif, xmp)
    return data


def _jpeg_segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def _jpeg_with_metadata(data: bytes, exif: bytes, xmp: bytes) -> bytes:
    """Keep APP0 (JFIF, which must come first) and every other segment except APP1 (EXIF, XMP)
    and APP13 (IPTC), then insert ours."""
    position, kept_head, rest = 2, [], []
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xDA:  # start of scan: the entropy-coded data follows
            break
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        segment = data[position : position + 2 + length]
        if marker == 0xE0 and not rest:
            kept_head.append(segment)
        elif marker not in (0xE1, 0xED):
            rest.append(segment)
        position += 2 + length
    ours = [_jpeg_segment(0xE1, exif), _jpeg_segment(0xE1, XMP_HEADER + xmp)]
    return b"".join([JPEG_SOI, *kept_head, *ours, *rest, data[position:]])


def _webp_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    chunks, position = [], 12
    while position + 8 <= len(data):
        fourcc = data[position : position + 4]
        (size,) = struct.unpack("<I", data[position + 4 : position + 8])
        chunks.append((fourcc, data[position + 8 : position + 8 + size]))
        position += 8 + size + (size & 1)
    return chunks


def _webp_chunk(fourcc: bytes, payload: bytes) -> bytes:
    return (
        fourcc + struct.pack("<I", len(payload)) + payload + (b"\x00" if len(payload) & 1 else b"")
    )


def _webp_with_metadata(data: bytes, exif: bytes, xmp: bytes) -> bytes:
    """A simple (VP8/VP8L) WebP becomes an extended one (VP8X), the only kind that may carry
    EXIF and XMP chunks; those always come last."""
    chunks = [
        (fourcc, payload)
        for fourcc, payload in _webp_chunks(data)
        if fourcc not in (b"EXIF", b"XMP ")
    ]
    if chunks[0][0] == b"VP8X":
        flags = chunks[0][1][0]
        canvas = chunks[0][1][4:10]
        chunks = chunks[1:]
    else:
        with Image.open(BytesIO(data)) as image:
            width, height = image.size
            flags = WEBP_FLAG_ALPHA if image.mode in ("RGBA", "LA") else 0
        canvas = (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    flags |= WEBP_FLAG_EXIF | WEBP_FLAG_XMP
    vp8x = bytes([flags, 0, 0, 0]) + canvas
    body = b"WEBP" + b"".join(
        _webp_chunk(fourcc, payload)
        for fourcc, payload in [
            (b"VP8X", vp8x),
            *chunks,
            (b"EXIF", exif[len(EXIF_HEADER) :]),
            (b"XMP ", xmp),
        ]
    )
    return b"RIFF" + struct.pack("<I", len(body)) + body
