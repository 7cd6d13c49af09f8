"""Rich text as frontends need it: internal links become frontend paths, document links public
media URLs, and links to anything not public become plain text.

The result is sanitised last with nh3 against an explicit allow-list: stored HTML can come from
paths that never saw the editor (translation overrides, PO files, machine translation, the
shell), and frontends insert it as HTML.

Wagtail stores links as `<a linktype="page" id="3">`; resolving them one by one would cost a
query per link, so references are collected first and resolved in batches by the caller.
"""

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import nh3

from .safe_urls import ALLOWED_SCHEMES

ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.DOTALL | re.IGNORECASE)
EMBED = re.compile(r"<embed\b[^>]*/?>", re.IGNORECASE)
ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')
# What the editor's features (blocks.RICH_TEXT_FEATURES, the newsroom intro) produce.
ALLOWED_TAGS = frozenset({"p", "br", "b", "strong", "i", "em", "sup", "ol", "ul", "li", "a"})
ALLOWED_ATTRIBUTES = {"a": {"href"}}


@dataclass
class RichTextReferences:
    page_ids: set[int] = field(default_factory=set)
    document_ids: set[int] = field(default_factory=set)


def _attributes(raw: str) -> dict[str, str]:
    return {name: html.unescape(value) for name, value in ATTRIBUTE.findall(raw)}


def _reference_id(attributes: dict[str, str]) -> int | None:
    try:
        return int(attributes.get("id", ""))
    except ValueError:
        return None


def collect_references(source: str, references: RichTextReferences) -> None:
    for match in ANCHOR.finditer(source):
        attributes = _attributes(match.group(1))
        reference = _reference_id(attributes)
        if reference is None:
            continue
        if attributes.get("linktype") == "page":
            references.page_ids.add(reference)
        elif attributes.get("linktype") == "document":
            references.document_ids.add(reference)


def to_frontend_html(
    source: str,
    page_url: Callable[[int], str | None],
    document_url: Callable[[int], str | None],
) -> str:
    """`page_url`/`document_url` return None for anything that must not be linked."""

    def replace(match: re.Match) -> str:
        attributes, text = _attributes(match.group(1)), match.group(2)
        linktype = attributes.get("linktype")
        if linktype is None:
            return match.group(0)
        reference = _reference_id(attributes)
        resolver = {"page": page_url, "document": document_url}.get(linktype)
        url = resolver(reference) if resolver and reference is not None else None
        if url is None:
            return text
        return f'<a href="{html.escape(url)}">{text}</a>'

    return sanitise(EMBED.sub("", ANCHOR.sub(replace, source)))


def sanitise(html_text: str) -> str:
    """Only the allow-listed tags and `href`s with an allowed scheme (or relative) survive."""
    return nh3.clean(
        html_text,
        tags=set(ALLOWED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=set(ALLOWED_SCHEMES),
        link_rel=None,
    )
