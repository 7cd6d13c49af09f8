"""WordPress's block grammar (`parse_blocks`): block comments around HTML, nested.

The delimiters are `<!-- wp:name {"json":"attrs"} -->`, `<!-- /wp:name -->` and the void
`<!-- wp:name /-->`; HTML outside any block is "freeform" (classic content). This follows
WordPress's own tokenizer (WP_Block_Parser); an unclosed block ends where its parent does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

DELIMITER = re.compile(
    r"<!--\s+(?P<closer>/)?wp:(?P<namespace>[a-z][a-z0-9_-]*/)?(?P<name>[a-z][a-z0-9_-]*)"
    r"\s+(?P<attrs>\{(?:(?:[^}]+|\}+(?=\})|(?!\}\s+/?-->).)*+)?\}\s+)?(?P<void>/)?-->",
    re.DOTALL,
)


@dataclass
class Block:
    """`name` None is freeform HTML; `html` is the block's own markup without its children."""

    name: str | None
    attrs: dict = field(default_factory=dict)
    html: str = ""
    children: list[Block] = field(default_factory=list)
    parts: list[str | Block] = field(default_factory=list)

    def full_html(self) -> str:
        """The block's markup with its children's in place (WordPress's innerContent)."""
        if not self.parts:
            return self.html
        return "".join(part if isinstance(part, str) else part.full_html() for part in self.parts)


def has_blocks(content: str) -> bool:
    return "<!-- wp:" in content


def _attrs(raw: str | None) -> dict:
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def parse(content: str) -> list[Block]:
    root = Block(name="root")
    stack = [root]
    position = 0
    for match in DELIMITER.finditer(content):
        text = content[position : match.start()]
        if text:
            _append_html(stack[-1], text)
        position = match.end()
        namespace = (match.group("namespace") or "core/").rstrip("/")
        name = f"{namespace}/{match.group('name')}"
        if match.group("closer"):
            while len(stack) > 1:
                closed = stack.pop()
                if closed.name == name:
                    break
            continue
        block = Block(name=name, attrs=_attrs(match.group("attrs")))
        stack[-1].children.append(block)
        stack[-1].parts.append(block)
        if not match.group("void"):
            stack.append(block)
    if content[position:]:
        _append_html(stack[-1], content[position:])
    return root.children


def _append_html(parent: Block, text: str) -> None:
    if parent.name == "root":
        if text.strip():
            parent.children.append(Block(name=None, html=text))
    else:
        parent.html += text
        parent.parts.append(text)
