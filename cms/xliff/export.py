"""A translation as an XLIFF 2.0 file, one `<unit>` per string, as a CAT tool expects it.

The file says what it is for twice: `original` names the page or snippet for people, and
`nr:translation` is wagtail-localize's id of the translation, for the import. Units already
translated carry their target with `state="translated"`; the others have no target yet.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree.ElementTree import Element, SubElement, register_namespace, tostring

from django.utils import timezone
from django.utils.text import slugify
from wagtail_localize.models import Translation

from .inline import XLIFF_NS, fill
from .units import object_reference, units_of

NEWSROOM_NS = "urn:newsroom-cms:xliff"
TRANSLATION_ATTR = f"{{{NEWSROOM_NS}}}translation"
EXPORTED_ATTR = f"{{{NEWSROOM_NS}}}exported"
CONTENT_TYPE = "application/xliff+xml"

register_namespace("", XLIFF_NS)
register_namespace("nr", NEWSROOM_NS)


def _q(name: str) -> str:
    return f"{{{XLIFF_NS}}}{name}"


def xliff_document(translation: Translation) -> bytes:
    root = Element(
        _q("xliff"),
        {
            "version": "2.0",
            "srcLang": translation.source.locale.language_code,
            "trgLang": translation.target_locale.language_code,
        },
    )
    file = SubElement(
        root,
        _q("file"),
        {
            "id": "f1",
            "original": object_reference(translation),
            TRANSLATION_ATTR: str(translation.uuid),
            EXPORTED_ATTR: timezone.now().isoformat(timespec="seconds"),
        },
    )
    notes = SubElement(file, _q("notes"))
    SubElement(notes, _q("note"), {"category": "title"}).text = translation.source.object_repr
    for unit in units_of(translation):
        element = SubElement(file, _q("unit"), {"id": unit.id, "name": unit.path})
        original_data = SubElement(element, _q("originalData"))
        segment = SubElement(element, _q("segment"))
        source = SubElement(segment, _q("source"))
        data = fill(source, unit.source, unit.attrs)
        if unit.translation:
            segment.set("state", "translated")
            fill(SubElement(segment, _q("target")), unit.translation, unit.attrs)
        else:
            segment.set("state", "initial")
        if data:
            for data_id, markup in data:
                SubElement(original_data, _q("data"), {"id": data_id}).text = markup
        else:
            element.remove(original_data)
    _indent(root)
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        + tostring(root, encoding="utf-8", xml_declaration=False)
        + b"\n"
    )


STRUCTURE = frozenset(
    _q(name) for name in ("xliff", "file", "notes", "unit", "originalData", "segment")
)


def _indent(element: Element, level: int = 0) -> None:
    """One element a line, for people reading a diff; never inside a source, target, note or
    data, whose whitespace is content."""
    if element.tag not in STRUCTURE or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        _indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * level


def file_name(translation: Translation) -> str:
    reference = object_reference(translation).replace("/", "-").replace(".", "-")
    title = slugify(translation.source.object_repr)[:60]
    return f"{reference}-{title}-{translation.target_locale.language_code}.xlf"


def xliff_zip(translations: list[Translation]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for translation in translations:
            archive.writestr(file_name(translation), xliff_document(translation))
    return out.getvalue()
