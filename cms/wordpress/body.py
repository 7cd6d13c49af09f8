"""A WordPress post's content as our StreamField blocks.

Content is classic HTML (paragraphs made from blank lines by WordPress's `wpautop` when shown),
Gutenberg block comments around HTML, or both, with shortcodes (`[caption]`, `[gallery]`,
`[embed]`). Each known block becomes its block here; a block we have no equivalent for keeps
its text as a paragraph and is counted, so an editor can see what to check. Rich text goes
through the newsroom's own sanitiser (the allow-list of `newsroom_pages.richtext`).

Images and files are not resolved here: blocks carry a `MediaRef`, which the importer turns
into an image or document once, however many posts use it.
"""

from __future__ import annotations

import html
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urljoin

from bs4 import BeautifulSoup, CData, MarkupResemblesLocatorWarning, NavigableString, Tag
from wagtail.embeds.finders.oembed import OEmbedFinder

from newsroom_pages.richtext import sanitise

from . import gutenberg

HEADING_MAX = 200
CAPTION_MAX = 500
SPEAKER_MAX = 150
BUTTON_TEXT_MAX = 120

BLOCK_TAGS = (
    "address|article|aside|blockquote|details|div|dl|fieldset|figcaption|figure|footer|form|"
    "h[1-6]|header|hr|li|nav|ol|p|pre|section|table|ul"
)
_CAPTION = re.compile(r"\[caption([^\]]*)\](.*?)\[/caption\]", re.DOTALL | re.IGNORECASE)
_GALLERY = re.compile(r"\[gallery([^\]]*)\]", re.IGNORECASE)
_EMBED = re.compile(r"\[embed[^\]]*\](.*?)\[/embed\]", re.DOTALL | re.IGNORECASE)
_SHORTCODE_PAIR = re.compile(r"\[([a-z][a-z0-9_-]*)(\s[^\]]*)?\](.*?)\[/\1\]", re.DOTALL)
_SHORTCODE_ATTRS = re.compile(r"\[([a-z][a-z0-9_-]*)\s[^\]]*=[^\]]*\]")
_ATTRIBUTE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_WP_IMAGE_CLASS = re.compile(r"\bwp-image-(\d+)\b")
_WHITESPACE = re.compile(r"\s+")
_URL_ONLY = re.compile(r"^https?://\S+$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_NEWLINE = re.compile(r"[ \t]*\n[ \t]*")

LIST_TAGS = {"ul", "ol"}
HEADING_LEVELS = {"h1": "2", "h2": "2", "h3": "3", "h4": "4", "h5": "4", "h6": "4"}
DROPPED_TAGS = {"script", "style", "hr", "form", "input", "button", "noscript", "iframe"}
CONTAINER_TAGS = {"div", "section", "article", "aside", "header", "footer", "main", "center"}


@dataclass
class MediaRef:
    """An image or file the post uses: an export attachment (by id) or only a URL."""

    kind: str
    attachment_id: int | None
    url: str
    alt: str = ""


@dataclass
class Body:
    blocks: list[tuple[str, object]] = field(default_factory=list)
    unknown: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


def _soup(markup: str) -> BeautifulSoup:
    """Post content is often a bare URL (an oEmbed line): content, not a file name to open."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(markup, "html.parser")


def text_of(markup: str) -> str:
    """Plain text, whitespace collapsed (for headings, quotes, summaries)."""
    soup = _soup(markup)
    for dropped in soup.find_all(["script", "style"]):
        dropped.decompose()
    return _WHITESPACE.sub(" ", soup.get_text(" ")).strip()


def cut(text: str, limit: int) -> tuple[str, bool]:
    """At most `limit` characters, cut at a word boundary with an ellipsis."""
    if len(text) <= limit:
        return text, False
    head = text[: limit - 1]
    if " " in head:
        head = head[: head.rindex(" ")]
    return head.rstrip(" ,;:.-") + "…", True


def _shortcodes(content: str, body: Body) -> str:
    def caption(match: re.Match) -> str:
        inner = match.group(2)
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        text = re.sub(r"<a\b[^>]*>\s*<img[^>]*>\s*</a>|<img[^>]*>", "", inner, count=1)
        image = inner[: len(inner) - len(text)] if inner.endswith(text) else inner
        caption_text = attributes.get("caption") or text
        return f"<figure>{image}<figcaption>{caption_text.strip()}</figcaption></figure>"

    def gallery(match: re.Match) -> str:
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        return f'<figure data-wp-gallery="{html.escape(attributes.get("ids", ""))}"></figure>'

    def embed(match: re.Match) -> str:
        return f'<figure data-wp-embed="{html.escape(match.group(1).strip())}"></figure>'

    def other_pair(match: re.Match) -> str:
        body.unknown[f"[{match.group(1)}]"] += 1
        return match.group(3)

    def other_single(match: re.Match) -> str:
        body.unknown[f"[{match.group(1)}]"] += 1
        return ""

    content = _CAPTION.sub(caption, content)
    content = _GALLERY.sub(gallery, content)
    content = _EMBED.sub(embed, content)
    content = _SHORTCODE_PAIR.sub(other_pair, content)
    return _SHORTCODE_ATTRS.sub(other_single, content)


class Converter:
    """One post's content; `attachments_of_post` lists the post's own attachments (a
    `[gallery]` without ids shows them all)."""

    def __init__(self, base_url: str, attachments_of_post: list[int] | None = None) -> None:
        self.base_url = base_url.rstrip("/") + "/" if base_url else ""
        self.attachments_of_post = attachments_of_post or []
        self.body = Body()
        self._oembed = OEmbedFinder()

    # -- entry points -------------------------------------------------------------------

    def convert(self, content: str) -> Body:
        if gutenberg.has_blocks(content):
            for block in gutenberg.parse(content):
                self._block(block)
        else:
            self._classic(content)
        return self.body

    # -- helpers --------------------------------------------------------------------------

    def _absolute(self, url: str) -> str:
        url = (url or "").strip()
        if self.base_url and url and not re.match(r"^[a-z][a-z0-9+.-]*:", url, re.IGNORECASE):
            return urljoin(self.base_url, url)
        return url

    def _add(self, kind: str, value: object) -> None:
        self.body.blocks.append((kind, value))

    def _rich(self, markup: str) -> str | None:
        soup = _soup(markup)
        for tag in soup.find_all(True):
            if tag.name == "strong":
                tag.name = "b"
            elif tag.name == "em":
                tag.name = "i"
            elif tag.name == "a" and tag.get("href"):
                tag["href"] = self._absolute(tag["href"])
            elif tag.name in ("script", "style"):
                tag.decompose()
        cleaned = sanitise(str(soup)).strip()
        if not text_of(cleaned):
            return None
        if not re.match(r"^<(p|ul|ol)[\s>]", cleaned):
            cleaned = f"<p>{cleaned}</p>"
        return cleaned

    def _paragraph(self, markup: str) -> None:
        if (rich := self._rich(markup)) is not None:
            self._add("paragraph", rich)

    def _text_paragraph(self, text: str) -> None:
        text = _WHITESPACE.sub(" ", text).strip()
        if text:
            self._add("paragraph", f"<p>{html.escape(text, quote=False)}</p>")

    def _heading(self, text: str, level: str) -> None:
        text = _WHITESPACE.sub(" ", text).strip()
        if not text:
            return
        text, was_cut = cut(text, HEADING_MAX)
        if was_cut:
            self.body.notes.append(f"A heading was cut to {HEADING_MAX} characters.")
        self._add("heading", {"text": text, "level": level})

    def _image(self, img: Tag | None, attachment_id: int | None, caption: str = "") -> None:
        src = img.get("src", "") if img is not None else ""
        if attachment_id is None and img is not None:
            found = _WP_IMAGE_CLASS.search(" ".join(img.get("class", [])))
            attachment_id = int(found.group(1)) if found else None
        if attachment_id is None and not src:
            return
        caption = _WHITESPACE.sub(" ", caption).strip()
        caption, was_cut = cut(caption, CAPTION_MAX)
        if was_cut:
            self.body.notes.append(f"An image caption was cut to {CAPTION_MAX} characters.")
        ref = MediaRef(
            "image", attachment_id, self._absolute(src), (img.get("alt", "") if img else "").strip()
        )
        self._add("image", {"image": ref, "caption": caption})

    def _embed(self, url: str) -> bool:
        url = url.strip()
        if not _URL_ONLY.match(url) or not self._oembed.accept(url):
            return False
        self._add("embed", url)
        return True

    def _quote(self, text: str, speaker: str) -> None:
        text, speaker = _WHITESPACE.sub(" ", text).strip(), _WHITESPACE.sub(" ", speaker).strip()
        if not text:
            return
        if not speaker:
            self.body.unknown["quote without a speaker"] += 1
            self._text_paragraph(text)
            return
        speaker, was_cut = cut(speaker, SPEAKER_MAX)
        if was_cut:
            self.body.notes.append(f"A quote's speaker was cut to {SPEAKER_MAX} characters.")
        self._add("quote", {"text": text, "speaker": speaker, "role": ""})

    def _button(self, text: str, url: str) -> None:
        text, url = _WHITESPACE.sub(" ", text).strip(), self._absolute(url)
        if not text:
            return
        if not re.match(r"^https?://", url):
            self._text_paragraph(text)
            return
        text, _ = cut(text, BUTTON_TEXT_MAX)
        self._add("call_to_action", {"text": text, "page": None, "url": url})

    def _gallery(self, ids: list[int]) -> None:
        for attachment_id in ids:
            self._add(
                "image",
                {"image": MediaRef("image", attachment_id, ""), "caption": ""},
            )

    # -- classic HTML ---------------------------------------------------------------------

    def _classic(self, content: str) -> None:
        soup = _soup(_shortcodes(content, self.body))
        self._nodes(list(soup.children), autop=True)

    def _nodes(self, nodes: list, *, autop: bool = False) -> None:
        """With `autop` (classic content), as WordPress's `wpautop` shows it: a blank line
        between runs of text starts a new paragraph, a single newline is a line break."""
        inline: list[str] = []

        def flush() -> None:
            if inline:
                self._paragraph("".join(inline))
                inline.clear()

        for node in nodes:
            if isinstance(node, CData):
                inline.append(html.escape(f"<![CDATA[{node}]]>", quote=False))
                continue
            if isinstance(node, NavigableString):
                if type(node) is not NavigableString:
                    continue
                text = html.escape(str(node), quote=False)
                if not autop:
                    inline.append(text)
                    continue
                runs = _BLANK_LINE.split(text.replace("\r\n", "\n"))
                for index, run in enumerate(runs):
                    if index:
                        flush()
                    inline.append(_NEWLINE.sub("<br>", run.strip("\n")) if run.strip() else run)
                continue
            if not isinstance(node, Tag):
                continue
            if self._is_block_element(node):
                flush()
                self._element(node)
            else:
                inline.append(str(node))
        flush()

    @staticmethod
    def _is_block_element(tag: Tag) -> bool:
        return bool(
            re.fullmatch(BLOCK_TAGS, tag.name)
            or tag.name in DROPPED_TAGS
            or tag.name in CONTAINER_TAGS
            or tag.name == "img"
            or tag.name == "video"
            or tag.name == "audio"
        )

    def _element(self, tag: Tag) -> None:
        name = tag.name
        if name == "p":
            self._p(tag)
        elif name in HEADING_LEVELS:
            self._heading(tag.get_text(" "), HEADING_LEVELS[name])
        elif name in LIST_TAGS:
            self._paragraph(str(tag))
        elif name == "blockquote":
            self._blockquote(tag)
        elif name == "figure":
            self._figure(tag)
        elif name == "img":
            self._image(tag, None)
        elif name in CONTAINER_TAGS:
            self._nodes(list(tag.children), autop=True)
        elif name == "iframe" and self._embed(tag.get("src", "")):
            return
        elif name in DROPPED_TAGS or name in ("video", "audio"):
            self.body.unknown[f"<{name}>"] += 1
        else:
            self.body.unknown[f"<{name}>"] += 1
            self._text_paragraph(tag.get_text(" "))

    def _p(self, tag: Tag) -> None:
        images = tag.find_all("img")
        text = tag.get_text(" ").strip()
        if not images and _URL_ONLY.match(text) and self._embed(text):
            return
        for img in images:
            self._image(img, None)
            parent = img.parent
            img.decompose()
            if parent is not None and parent.name == "a" and not parent.get_text(strip=True):
                parent.decompose()
        self._paragraph(tag.decode_contents())

    def _blockquote(self, tag: Tag) -> None:
        cite = tag.find("cite")
        speaker = cite.get_text(" ") if cite else ""
        if cite:
            cite.decompose()
        self._quote(tag.get_text(" "), speaker)

    def _figure(self, tag: Tag) -> None:
        if tag.has_attr("data-wp-gallery"):
            ids = [int(i) for i in re.findall(r"\d+", tag["data-wp-gallery"])]
            self._gallery(ids or self.attachments_of_post)
            return
        if tag.has_attr("data-wp-embed"):
            if not self._embed(tag["data-wp-embed"]):
                self.body.unknown["[embed] of an unknown provider"] += 1
                self._text_paragraph(tag["data-wp-embed"])
            return
        caption_tag = tag.find("figcaption")
        caption = caption_tag.get_text(" ") if caption_tag else ""
        images = tag.find_all("img")
        if not images:
            self._nodes([child for child in tag.children if child is not caption_tag])
            return
        for index, img in enumerate(images):
            self._image(img, None, caption if index == len(images) - 1 else "")

    # -- Gutenberg blocks -----------------------------------------------------------------

    def _block(self, block: gutenberg.Block) -> None:
        name = block.name
        handler = BLOCK_HANDLERS.get(name or "")
        if handler is None and name and name.startswith("core-embed/"):
            handler = Converter._b_embed
        if name is None or name in ("core/freeform", "core/html"):
            self._classic(block.full_html())
        elif handler is not None:
            handler(self, block)
        elif block.children:
            self.body.unknown[name] += 1
            for child in block.children:
                self._block(child)
        else:
            self.body.unknown[name] += 1
            self._text_paragraph(text_of(block.html))

    def _b_paragraph(self, block: gutenberg.Block) -> None:
        self._paragraph(block.full_html())

    def _b_heading(self, block: gutenberg.Block) -> None:
        level = str(block.attrs.get("level", 2))
        self._heading(text_of(block.html), {"1": "2", "5": "4", "6": "4"}.get(level, level))

    def _b_list(self, block: gutenberg.Block) -> None:
        self._paragraph(block.full_html())

    def _b_quote(self, block: gutenberg.Block) -> None:
        soup = _soup(block.full_html())
        cite = soup.find("cite")
        speaker = cite.get_text(" ") if cite else block.attrs.get("citation", "")
        if cite:
            cite.decompose()
        self._quote(soup.get_text(" "), text_of(speaker) if speaker else "")

    def _b_image(self, block: gutenberg.Block) -> None:
        soup = _soup(block.html)
        caption = soup.find("figcaption")
        attachment_id = block.attrs.get("id")
        self._image(
            soup.find("img"),
            attachment_id if isinstance(attachment_id, int) else None,
            caption.get_text(" ") if caption else "",
        )

    def _b_gallery(self, block: gutenberg.Block) -> None:
        if block.children:
            for child in block.children:
                self._block(child)
            return
        ids = [i for i in block.attrs.get("ids", []) if isinstance(i, int)]
        if ids:
            self._gallery(ids)
            return
        soup = _soup(block.html)
        for img in soup.find_all("img"):
            self._image(img, None)

    def _b_embed(self, block: gutenberg.Block) -> None:
        url = block.attrs.get("url") or text_of(block.html).split(" ")[0]
        if not isinstance(url, str) or not self._embed(url):
            self.body.unknown[f"{block.name} (unknown provider)"] += 1
            self._text_paragraph(url if isinstance(url, str) else "")

    def _b_file(self, block: gutenberg.Block) -> None:
        soup = _soup(block.html)
        link = soup.find("a")
        href = block.attrs.get("href") or (link.get("href") if link else "")
        label = (link.get_text(" ") if link else "").strip()
        attachment_id = block.attrs.get("id")
        if not href and not isinstance(attachment_id, int):
            return
        label, _ = cut(label, 200)
        self._add(
            "document",
            {
                "document": MediaRef(
                    "document",
                    attachment_id if isinstance(attachment_id, int) else None,
                    self._absolute(href or ""),
                ),
                "label": label,
            },
        )

    def _b_button(self, block: gutenberg.Block) -> None:
        soup = _soup(block.html)
        link = soup.find("a")
        self._button(
            link.get_text(" ") if link else text_of(block.html),
            (link.get("href", "") if link else "") or block.attrs.get("url", ""),
        )


BLOCK_HANDLERS = {
    "core/paragraph": Converter._b_paragraph,
    "core/heading": Converter._b_heading,
    "core/list": Converter._b_list,
    "core/quote": Converter._b_quote,
    "core/pullquote": Converter._b_quote,
    "core/image": Converter._b_image,
    "core/gallery": Converter._b_gallery,
    "core/embed": Converter._b_embed,
    "core/file": Converter._b_file,
    "core/button": Converter._b_button,
}


def convert(
    content: str, *, base_url: str = "", attachments_of_post: list[int] | None = None
) -> Body:
    return Converter(base_url, attachments_of_post).convert(content)
