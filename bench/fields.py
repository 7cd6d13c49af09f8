"""The fields each response really carries, so the report can show a peer's and our
equal-field variant's side by side (read from the payloads, not from what we meant to ask).

Paths are the JSON leaves with list positions folded together and envelopes (`data`, `items`,
`edges`, `node`, `meta`, the root field) dropped; names are compared in snake_case, with the
few spellings that differ between the APIs mapped to one (`altText` and `alt`, `count` and
`totalCount`, `__typename` and `type`, `html_url` and `urlPath`). REST bodies keep block fields
under `value` (a paragraph's HTML is the value itself) and refer to images and pages by id;
inside a body `value` is dropped, a bare value is `html` and `x.id` is the reference `x`.
"""

import re
from typing import Any

ENVELOPES = frozenset({"data", "items", "edges", "node", "meta", "news_items", "page", "pages"})
SPELLINGS = {
    "alt_text": "alt",
    "count": "total_count",
    "__typename": "type",
    "html_url": "url_path",
    "block_type": "type",
}


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def leaf_paths(payload: Any, prefix: tuple[str, ...] = ()) -> set[str]:
    if isinstance(payload, dict):
        paths: set[str] = set()
        for key, value in payload.items():
            paths |= leaf_paths(value, (*prefix, key))
        return paths or ({_normalise(prefix)} if prefix else set())
    if isinstance(payload, list):
        paths = set()
        for value in payload:
            paths |= leaf_paths(value, prefix)
        return paths or {_normalise(prefix)}
    return {_normalise(prefix)}


def _normalise(path: tuple[str, ...]) -> str:
    names = [snake(name) for name in path]
    while names and names[0] in ENVELOPES:
        names.pop(0)
    kept = [SPELLINGS.get(name, name) for name in names if name not in ENVELOPES or name == "items"]
    if kept[:1] == ["body"] and len(kept) > 1:
        kept = (
            ["body", *(name for name in kept[1:] if name != "value")]
            if kept[1:] != ["value"]
            else ["body", "html"]
        )
        if len(kept) > 2 and kept[-1] == "id":
            kept.pop()
    return ".".join(kept) or "(root)"


def side_by_side(peer: set[str], ours: set[str]) -> dict[str, list[str]]:
    return {
        "both": sorted(peer & ours),
        "only_peer": sorted(peer - ours),
        "only_ours": sorted(ours - peer),
    }
