"""Inline markup between wagtail-localize's strings and XLIFF 2.0's inline codes.

wagtail-localize keeps a translatable string as an HTML fragment of inline tags whose
attributes were taken out (a link is `<a id="a1">`, its address kept beside the string), so
a translator can never change where a link points. Here each tag becomes an XLIFF code: a
paired code `<pc>` around the text it marks (links, bold, italic, ...), a placeholder `<ph/>`
for a line break. Codes are numbered in the order they appear in the source, and a target is
turned back into HTML from the source's codes, never from what the file claims they are: the
markup that comes back is the source's markup, and only it.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from xml.etree.ElementTree import Element, SubElement

from bs4 import BeautifulSoup, NavigableString, Tag

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
PC = f"{{{XLIFF_NS}}}pc"
PH = f"{{{XLIFF_NS}}}ph"
MRK = f"{{{XLIFF_NS}}}mrk"
PLACEHOLDER_TAGS = frozenset({"br"})
CODE_TYPES = {
    "a": ("link", None),
    "b": ("fmt", "xlf:b"),
    "strong": ("fmt", "xlf:b"),
    "i": ("fmt", "xlf:i"),
    "em": ("fmt", "xlf:i"),
    "br": ("fmt", "xlf:lb"),
}

Token = tuple[str, str]
"""("text", characters), ("open", code id), ("close", code id) or ("ph", code id)."""


@dataclass(frozen=True)
class Code:
    """One tag of the source string: what the XLIFF code with this id stands for."""

    id: str
    tag: str
    element_id: str | None
    """The `id` wagtail-localize gave a tag whose attributes it took out (`a1`)."""

    @property
    def kind(self) -> str:
        return "ph" if self.tag in PLACEHOLDER_TAGS else "pc"

    def opening(self) -> str:
        if self.element_id is None:
            return f"<{self.tag}>"
        return f'<{self.tag} id="{html.escape(self.element_id)}">'


class MarkupNotInSource(ValueError):
    """A target holds a code the source does not, or an element XLIFF codes cannot be."""


def _soup(string_html: str) -> BeautifulSoup:
    return BeautifulSoup(string_html, "html.parser")


def source_codes(string_html: str) -> dict[str, Code]:
    """The source string's tags, by the XLIFF code id they get."""
    codes: dict[str, Code] = {}
    for element in _soup(string_html).find_all(True):
        code_id = str(len(codes) + 1)
        element_id = element.attrs.get("id")
        codes[code_id] = Code(code_id, element.name, element_id)
    return codes


def html_tokens(string_html: str) -> list[Token]:
    """A string of wagtail-localize as tokens, codes numbered as `source_codes` does."""
    counter = iter(range(1, 1_000_000))

    def walk(node: Tag) -> Iterator[Token]:
        for child in node.children:
            if isinstance(child, NavigableString):
                yield ("text", str(child))
            elif isinstance(child, Tag):
                code_id = str(next(counter))
                if child.name in PLACEHOLDER_TAGS:
                    yield ("ph", code_id)
                else:
                    yield ("open", code_id)
                    yield from walk(child)
                    yield ("close", code_id)

    return _merged(walk(_soup(string_html)))


def xliff_tokens(element: Element) -> list[Token]:
    """A `<source>` or `<target>` as tokens; `<mrk>` annotations (terms, comments a CAT tool
    may add) are transparent. Any other element raises MarkupNotInSource."""

    def walk(node: Element) -> Iterator[Token]:
        if node.text:
            yield ("text", node.text)
        for child in node:
            code_id = child.get("id", "")
            if child.tag == PC:
                yield ("open", code_id)
                yield from walk(child)
                yield ("close", code_id)
            elif child.tag == PH:
                yield ("ph", code_id)
            elif child.tag == MRK:
                yield from walk(child)
            else:
                raise MarkupNotInSource(f"<{_local_name(child.tag)}> is not allowed here")
            if child.tail:
                yield ("text", child.tail)

    return _merged(walk(element))


def _local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _merged(tokens: Iterator[Token]) -> list[Token]:
    merged: list[Token] = []
    for kind, value in tokens:
        if kind == "text" and merged and merged[-1][0] == "text":
            merged[-1] = ("text", merged[-1][1] + value)
        elif kind != "text" or value:
            merged.append((kind, value))
    return merged


def fill(element: Element, string_html: str, attrs: dict[str, dict]) -> list[tuple[str, str]]:
    """Write `string_html` into `element` (a `<source>` or `<target>`) as text and codes.
    Returns the original data (id, HTML) that link codes refer to: a CAT tool shows the
    link's address there, read-only."""
    codes = iter(source_codes(string_html).values())
    original: list[tuple[str, str]] = []

    def walk(node: Tag, parent: Element) -> None:
        last: Element | None = None
        for child in node.children:
            if isinstance(child, NavigableString):
                if last is None:
                    parent.text = (parent.text or "") + str(child)
                else:
                    last.tail = (last.tail or "") + str(child)
                continue
            if not isinstance(child, Tag):
                continue
            code = next(codes)
            code_type, sub_type = CODE_TYPES.get(code.tag, ("fmt", None))
            last = SubElement(parent, PH if code.kind == "ph" else PC, {"id": code.id})
            last.set("type", code_type)
            if sub_type:
                last.set("subType", sub_type)
            if code.element_id in attrs:
                start, end = f"d{code.id}", f"d{code.id}e"
                last.set("dataRefStart", start)
                last.set("dataRefEnd", end)
                original.append((start, _start_tag(code.tag, attrs[code.element_id])))
                original.append((end, f"</{code.tag}>"))
            if code.kind == "pc":
                walk(child, last)

    walk(_soup(string_html), element)
    return original


def _start_tag(tag: str, attributes: dict[str, str]) -> str:
    rendered = "".join(f' {name}="{html.escape(str(value))}"' for name, value in attributes.items())
    return f"<{tag}{rendered}>"


def target_html(target: Element, codes: dict[str, Code]) -> str:
    """The translation as wagtail-localize stores it, with the source's own tags. Raises
    MarkupNotInSource for a code the source lacks, of another kind, or used twice."""
    parts: list[str] = []
    open_codes: list[Code] = []
    seen: set[str] = set()
    for kind, value in xliff_tokens(target):
        if kind == "text":
            parts.append(html.escape(value, quote=False))
            continue
        if kind == "close":
            parts.append(f"</{open_codes.pop().tag}>")
            continue
        code = codes.get(value)
        expected = "ph" if kind == "ph" else "pc"
        if code is None or code.kind != expected:
            raise MarkupNotInSource(f'<{expected} id="{value}"> is not in the source')
        if value in seen:
            raise MarkupNotInSource(f'<{expected} id="{value}"> is used twice')
        seen.add(value)
        if kind == "ph":
            parts.append(f"<{code.tag}/>")
        else:
            parts.append(code.opening())
            open_codes.append(code)
    return "".join(parts)


def plain_text(string_html: str) -> str:
    """What a reader sees of the string; a line break stays one."""
    return "".join(
        value if kind == "text" else "\n"
        for kind, value in html_tokens(string_html)
        if kind in ("text", "ph")
    )
