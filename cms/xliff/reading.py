"""Reading a file that came back from an agency, through defusedxml: no entity expansion, no
external entities, no DTD, whatever the file holds."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from .export import TRANSLATION_ATTR
from .inline import XLIFF_NS
from .refusals import XliffRefused

MAX_BYTES = 20 * 1024 * 1024
MAX_ZIP_MEMBERS = 1000


@dataclass(frozen=True)
class FileUnit:
    id: str
    source: Element
    target: Element | None


@dataclass(frozen=True)
class XliffFile:
    source_language: str
    target_language: str
    original: str
    translation_uuid: str
    units: list[FileUnit]


def _q(name: str) -> str:
    return f"{{{XLIFF_NS}}}{name}"


def parse(content: bytes) -> XliffFile:
    if len(content) > MAX_BYTES:
        raise XliffRefused("TOO_LARGE", f"The file is larger than {MAX_BYTES // 1024 // 1024} MB.")
    try:
        root = fromstring(content)
    except ParseError as error:
        line, column = error.position
        raise XliffRefused(
            "MALFORMED_XML",
            f"The file is not well-formed XML: line {line}, column {column + 1}.",
            [str(error)],
        ) from None
    except DefusedXmlException as error:
        raise XliffRefused(
            "FORBIDDEN_XML",
            "The file declares entities or a DTD, which XLIFF files do not need: refused.",
            [type(error).__name__],
        ) from None
    if root.tag != _q("xliff") or root.get("version") != "2.0":
        raise XliffRefused(
            "NOT_XLIFF_2",
            'The file is not XLIFF 2.0 (an <xliff version="2.0"> root in the namespace '
            f"{XLIFF_NS}).",
        )
    files = root.findall(_q("file"))
    if len(files) != 1:
        raise XliffRefused(
            "ONE_FILE_EXPECTED",
            f"The file holds {len(files)} <file> elements; one page or snippet per file, as "
            "exported.",
        )
    file = files[0]
    uuid = file.get(TRANSLATION_ATTR)
    if not uuid:
        raise XliffRefused(
            "NOT_FROM_THIS_CMS",
            "The file does not say which translation it is for (nr:translation on <file>): "
            "import files exported from this CMS.",
        )
    return XliffFile(
        source_language=root.get("srcLang", ""),
        target_language=root.get("trgLang", ""),
        original=file.get("original", ""),
        translation_uuid=uuid,
        units=[_unit(element) for element in file.iter(_q("unit"))],
    )


def _unit(element: Element) -> FileUnit:
    segments = element.findall(_q("segment"))
    if len(segments) != 1:
        raise XliffRefused(
            "RESEGMENTED",
            f"Unit {element.get('id')} holds {len(segments)} segments; each unit must keep its "
            "one segment (turn off re-segmentation in the CAT tool).",
        )
    segment = segments[0]
    source = segment.find(_q("source"))
    if source is None:
        raise XliffRefused("NO_SOURCE", f"Unit {element.get('id')} has no <source>.")
    return FileUnit(id=element.get("id", ""), source=source, target=segment.find(_q("target")))


def zip_members(content: bytes) -> list[tuple[str, bytes]] | None:
    """The .xlf files of a zip (as `export_xliff --all` writes it), or None if `content` is
    no zip. Sizes are checked before anything is inflated."""
    if not zipfile.is_zipfile(io.BytesIO(content)):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            infos = [info for info in archive.infolist() if not info.is_dir()]
            if len(infos) > MAX_ZIP_MEMBERS:
                raise XliffRefused("TOO_LARGE", f"The zip holds more than {MAX_ZIP_MEMBERS} files.")
            too_large = [info.filename for info in infos if info.file_size > MAX_BYTES]
            if too_large:
                raise XliffRefused("TOO_LARGE", "These files of the zip are too large:", too_large)
            return [(info.filename, archive.read(info)) for info in infos]
    except (zipfile.BadZipFile, OSError) as error:
        raise XliffRefused("BAD_ZIP", f"The zip cannot be read: {error}.") from None
