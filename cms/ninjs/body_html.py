"""A news item's body as one HTML text for agencies, from the blocks the API builds (the same
privacy rule and batched lookups, cms/api/pages/body.py): every photograph with its caption
and credit, every link absolute on the public website, provider embeds as plain links (an
agency's system runs no third-party script)."""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.html import escape

from newsroom_pages.paths import frontend_url

RELATIVE_HREF = re.compile(r'href="(/[^"]*)"')


@dataclass(frozen=True)
class Picture:
    url: str
    width: int
    height: int


@dataclass(frozen=True)
class BodyContext:
    base_url: str
    """The public website's origin: frontend paths become absolute on it."""
    picture: Callable[[object], Picture | None]
    """The rendition of a body image an agency shows inline; None when none can be had."""
    document_url: Callable[[object], str]

    def absolute(self, html: str) -> str:
        return RELATIVE_HREF.sub(lambda match: f'href="{self.base_url}{match.group(1)}"', html)

    def link(self, url: str, text: str) -> str:
        href = self.base_url + url if url.startswith("/") else url
        return f'<a href="{escape(href)}">{escape(text)}</a>'


def _paragraph(value: dict, context: BodyContext) -> str:
    return context.absolute(value["html"])


def _heading(value: dict, context: BodyContext) -> str:
    level = value["level"]
    return f"<h{level}>{escape(value['text'])}</h{level}>"


def _image(value: dict, context: BodyContext) -> str:
    picture = context.picture(value["image"])
    if picture is None:
        return ""
    caption = f"{escape(value['caption'])} " if value["caption"] else ""
    return (
        f'<figure><img src="{escape(picture.url)}" width="{picture.width}" '
        f'height="{picture.height}" alt="{escape(value["alt"])}">'
        f'<figcaption>{caption}<span class="credit">{escape(value["credit"])}</span>'
        "</figcaption></figure>"
    )


def _quote(value: dict, context: BodyContext) -> str:
    who = ", ".join(part for part in (value["speaker"], value["role"]) if part)
    cite = f"<footer>{escape(who)}</footer>" if who else ""
    return f"<blockquote><p>{escape(value['text'])}</p>{cite}</blockquote>"


def _embed(value: dict, context: BodyContext) -> str:
    return f"<p>{context.link(value['url'], value['provider_name'] or value['url'])}</p>"


def _document(value: dict, context: BodyContext) -> str:
    return f"<p>{context.link(context.document_url(value['document']), value['label'])}</p>"


def _call_to_action(value: dict, context: BodyContext) -> str:
    return f"<p>{context.link(value['url'], value['text'])}</p>"


def _key_fact(value: dict, context: BodyContext) -> str:
    source = f" ({escape(value['source'])})" if value["source"] else ""
    return f"<p><strong>{escape(value['figure'])}</strong> {escape(value['label'])}{source}</p>"


def _related_content(value: dict, context: BodyContext) -> str:
    heading = f"<h3>{escape(value['heading'])}</h3>" if value["heading"] else ""
    items = "".join(
        f'<li><a href="{escape(frontend_url(item, context.base_url))}">{escape(item.title)}</a></li>'
        for item in value["items"]
    )
    return f"{heading}<ul>{items}</ul>"


RENDERERS: dict[str, Callable[[dict, BodyContext], str]] = {
    "paragraph": _paragraph,
    "heading": _heading,
    "image": _image,
    "quote": _quote,
    "embed": _embed,
    "document": _document,
    "call_to_action": _call_to_action,
    "key_fact": _key_fact,
    "related_content": _related_content,
}


def body_html(blocks: list, context: BodyContext) -> str:
    """`blocks`: the API's body blocks of one item (cms.api.pages.stream.BodyBlock)."""
    return "".join(RENDERERS[block.block_type](block.value, context) for block in blocks)
