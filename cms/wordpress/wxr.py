"""Reading a WordPress export (WXR 1.0 to 1.2) as a stream of items, safely.

The file comes from outside (an upload, an old server), so it is parsed with defusedxml: no
document type declaration (so no entity expansion bomb and no external entity), no network.
It is read in one pass with iterparse and every item is dropped once handed over, so memory
stays flat whatever the export's size. Errors carry the line and column where they were found.

Elements count only in WordPress's own namespaces (http or https, 1.0 to 1.2): an element that
redeclares the `wp:` prefix to another namespace is not WordPress data, however it is spelt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, ParseError
from xml.parsers.expat import ErrorString

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden
from defusedxml.ElementTree import DefusedXMLParser, iterparse
from defusedxml.ElementTree import _TreeBuilder as TreeBuilder

SUPPORTED_VERSIONS = ("1.0", "1.1", "1.2")
WP_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/1\.[012]/$")
EXCERPT_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/1\.[012]/excerpt/$")
CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/"
DC_NAMESPACE = "http://purl.org/dc/elements/1.1/"


class WxrError(Exception):
    """The file cannot be imported at all; nothing is written."""

    def __init__(self, code: str, message: str, line: int | None = None, column: int | None = None):
        self.code, self.message, self.line, self.column = code, message, line, column
        where = f" (line {line}, column {column})" if line is not None else ""
        super().__init__(f"{code}: {message}{where}")

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "message": self.message,
            "line": self.line,
            "column": self.column,
        }


@dataclass
class Term:
    domain: str
    slug: str
    name: str


@dataclass
class WxrItem:
    line: int
    post_id: int | None = None
    post_type: str = ""
    status: str = ""
    title: str = ""
    guid: str = ""
    link: str = ""
    content: str = ""
    excerpt: str = ""
    post_name: str = ""
    post_date: str = ""
    post_date_gmt: str = ""
    password: str = ""
    parent: int | None = None
    attachment_url: str = ""
    terms: list[Term] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class Channel:
    version: str = ""
    version_line: int | None = None
    base_site_url: str = ""
    title: str = ""


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def _is_wp(tag: str) -> str | None:
    namespace, local = _split(tag)
    return local if WP_NAMESPACE.match(namespace) else None


def _text(element: Element) -> str:
    return element.text or ""


def _int(value: str) -> int | None:
    value = value.strip()
    return int(value) if value.isdigit() else None


def _item(element: Element) -> WxrItem:
    item = WxrItem(line=getattr(element, "line", 0))
    for child in element:
        namespace, local = _split(child.tag)
        wp = local if WP_NAMESPACE.match(namespace) else None
        if namespace == "":
            if local == "title":
                item.title = _text(child)
            elif local == "guid":
                item.guid = _text(child).strip()
            elif local == "link":
                item.link = _text(child).strip()
            elif local == "category":
                item.terms.append(
                    Term(child.get("domain", "category"), child.get("nicename", ""), _text(child))
                )
        elif namespace == CONTENT_NAMESPACE and local == "encoded":
            item.content = _text(child)
        elif EXCERPT_NAMESPACE.match(namespace) and local == "encoded":
            item.excerpt = _text(child)
        elif wp == "postmeta":
            key = value = None
            for part in child:
                if _is_wp(part.tag) == "meta_key":
                    key = _text(part)
                elif _is_wp(part.tag) == "meta_value":
                    value = _text(part)
            if key is not None:
                item.meta[key] = value or ""
        elif wp in _SIMPLE_FIELDS:
            setattr(item, _SIMPLE_FIELDS[wp], _text(child).strip())
        elif wp in ("post_id", "post_parent"):
            setattr(item, "post_id" if wp == "post_id" else "parent", _int(_text(child)))
    return item


_SIMPLE_FIELDS = {
    "post_type": "post_type",
    "status": "status",
    "post_name": "post_name",
    "post_date": "post_date",
    "post_date_gmt": "post_date_gmt",
    "post_password": "password",
    "attachment_url": "attachment_url",
}


class _LineElement(Element):
    line = 0


class _LineTreeBuilder(TreeBuilder):
    """Remembers the line each element starts on, for reports an editor can find in the file."""

    parser = None

    def __init__(self) -> None:
        super().__init__(element_factory=_LineElement)

    def start(self, tag, attrs):
        element = super().start(tag, attrs)
        element.line = self.parser.CurrentLineNumber if self.parser is not None else 0
        return element


def _parser() -> DefusedXMLParser:
    builder = _LineTreeBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True)
    builder.parser = parser.parser
    return parser


def _position(parser: DefusedXMLParser) -> tuple[int, int]:
    expat = parser.parser
    return expat.ErrorLineNumber or expat.CurrentLineNumber, (
        expat.ErrorColumnNumber or expat.CurrentColumnNumber
    ) + 1


def read(source: Path | IO[bytes]) -> Iterator[Channel | WxrItem]:
    """The channel (once its version is known, before the first item), then each item.

    Raises WxrError at the first problem, which may come after items were yielded: callers
    that write must read the whole file once first (`scan`)."""
    parser = _parser()
    channel = Channel()
    announced = False
    depth = 0
    container: Element | None = None
    try:
        for event, element in iterparse(source, events=("start", "end"), parser=parser):
            if event == "start":
                depth += 1
                if depth == 1 and element.tag != "rss":
                    raise WxrError(
                        "NOT_WXR",
                        f"The file is not a WordPress export: it starts with <{element.tag}>, "
                        "not <rss>.",
                        element.line,
                        1,
                    )
                if depth == 2 and element.tag == "channel":
                    container = element
                if depth == 3 and element.tag == "item" and not announced:
                    _check_version(channel, element.line)
                    announced = True
                    yield channel
                continue
            depth -= 1
            if depth == 2 and container is not None:
                if element.tag == "item":
                    yield _item(element)
                    container.remove(element)
                    element.clear()
                else:
                    _channel_field(channel, element)
    except ParseError as error:
        line, column = error.position
        reason = ErrorString(error.code) if isinstance(error.code, int) else str(error)
        raise WxrError(
            "MALFORMED_XML", f"The file is not well-formed XML: {reason}.", line, column + 1
        ) from None
    except DTDForbidden:
        line, column = _position(parser)
        raise WxrError(
            "DTD_FORBIDDEN",
            "The file declares a document type (<!DOCTYPE>), which WordPress exports never do; "
            "it could expand entities or fetch other files, so it is refused.",
            line,
            column,
        ) from None
    except EntitiesForbidden:
        line, column = _position(parser)
        raise WxrError(
            "ENTITIES_FORBIDDEN", "The file declares entities; refused.", line, column
        ) from None
    except DefusedXmlException as error:
        line, column = _position(parser)
        raise WxrError("UNSAFE_XML", f"Refused: {error}", line, column) from None
    if container is None:
        raise WxrError("NOT_WXR", "The file has no <channel>: it is not a WordPress export.", 1, 1)
    if not announced:
        _check_version(channel, None)
        yield channel


def _channel_field(channel: Channel, element: Element) -> None:
    local = _is_wp(element.tag)
    if local == "wxr_version":
        channel.version = _text(element).strip()
        channel.version_line = element.line
    elif local == "base_site_url":
        channel.base_site_url = _text(element).strip()
    elif element.tag == "title":
        channel.title = _text(element)
    element.clear()


def _check_version(channel: Channel, line: int | None) -> None:
    if not channel.version:
        raise WxrError(
            "WXR_VERSION_MISSING",
            "The file has no <wp:wxr_version>: it is not a WordPress export (WXR 1.0 to 1.2).",
            line,
            1 if line is not None else None,
        )
    if channel.version not in SUPPORTED_VERSIONS:
        raise WxrError(
            "WXR_VERSION_UNSUPPORTED",
            f"WXR version {channel.version!r} is not supported; exports of version "
            f"{', '.join(SUPPORTED_VERSIONS)} are.",
            channel.version_line or line,
            1,
        )
