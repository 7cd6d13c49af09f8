"""How a WordPress post maps onto a news item: which kind, what state, which fields.

Pure decisions from the item and the options, no writes: the dry run prints them, the import
applies them. `source_hash` fingerprints everything that feeds a page, so a second run knows
an unchanged post without touching its page.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from django.utils import timezone
from django.utils.text import slugify

from newsroom_pages.classification import KIND_MODELS
from newsroom_pages.pages import SUMMARY_MAX_LENGTH, NewsKind

from .body import Body, convert, cut, text_of
from .wxr import WxrItem

MAPPING_VERSION = "1"
"""Part of every fingerprint: a change to the mapping updates everything on the next run."""

DEFAULT_KIND = NewsKind.PRESS_RELEASE.value
TITLE_MAX = 255
SLUG_MAX = 255
GENERATED_SUMMARY_WORDS = 55
EMPTY_DATE = "0000-00-00 00:00:00"
NEWS_TYPES = {"post"}
DRAFT_STATUSES = {"draft", "pending", "private", "future"}
NEVER_IMPORTED = {"trash": "in WordPress's trash", "auto-draft": "an unsaved auto-draft"}
UNCATEGORISED = {"uncategorized", "uncategorised"}
SLUG = re.compile(r"^[-\w]+$")


class KindMapError(ValueError):
    pass


def parse_kind_map(pairs: list[str]) -> dict[str, str]:
    """`CATEGORY=KIND` pairs; CATEGORY is a category's slug or name, KIND a news kind."""
    aliases = {kind.value: kind.value for kind in NewsKind}
    aliases.update({kind.value.replace("_", "-"): kind.value for kind in NewsKind})
    mapping = {}
    for pair in pairs:
        category, separator, kind = pair.partition("=")
        kind_key = kind.strip().upper().replace("-", "_")
        if not separator or not category.strip() or kind_key not in aliases:
            choices = ", ".join(kind.value for kind in NewsKind)
            raise KindMapError(
                f"--kind-map {pair!r}: use CATEGORY=KIND with KIND one of {choices}."
            )
        mapping[category.strip().lower()] = aliases[kind_key]
    return mapping


@dataclass
class Plan:
    kind: str
    state: str
    """"live", "draft" or "scheduled draft" (a future post keeps its go-live)."""
    title: str
    slug: str
    summary: str
    publication_date: datetime.date
    published_at: datetime.datetime | None
    go_live_at: datetime.datetime | None
    body: Body
    hero_attachment: int | None
    categories: list[tuple[str, str]]
    """(slug, name) of categories and tags, for topics and countries."""
    kind_category: str = ""
    notes: list[str] = field(default_factory=list)


def skip_reason(item: WxrItem) -> str | None:
    if item.post_type not in NEWS_TYPES:
        if item.post_type == "attachment":
            return "attachment (imported as an image or file where a post uses it)"
        return f"{item.post_type or 'no wp:post_type'}: not a news item"
    if item.status in NEVER_IMPORTED:
        return NEVER_IMPORTED[item.status]
    return None


def identity(item: WxrItem, base_site_url: str) -> str:
    """What a second run matches the post by: its guid, else its link, else `?p=ID`."""
    if item.guid:
        return item.guid
    if item.link:
        return item.link
    if item.post_id is not None:
        return f"{base_site_url.rstrip('/')}/?p={item.post_id}"
    return ""


def source_hash(item: WxrItem, kind_map: dict[str, str], locale: str) -> str:
    relevant = {
        "v": MAPPING_VERSION,
        "locale": locale,
        "kind_map": sorted(kind_map.items()),
        "title": item.title,
        "slug": item.post_name,
        "status": item.status,
        "date": [item.post_date, item.post_date_gmt],
        "password": bool(item.password),
        "content": item.content,
        "excerpt": item.excerpt,
        "terms": [(t.domain, t.slug, t.name) for t in item.terms],
        "thumbnail": item.meta.get("_thumbnail_id", ""),
        "link": item.link,
    }
    encoded = json.dumps(relevant, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()


def _date(item: WxrItem, notes: list[str]) -> datetime.datetime | None:
    for value, utc in ((item.post_date_gmt, True), (item.post_date, False)):
        value = (value or "").strip()
        if not value or value == EMPTY_DATE:
            continue
        try:
            parsed = datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            continue
        if not utc:
            notes.append("No GMT date in the export: its local date was read as UTC.")
        return parsed.replace(tzinfo=datetime.UTC)
    return None


def _slug(item: WxrItem, title: str, notes: list[str]) -> str:
    slug = unquote(item.post_name or "").strip()
    if slug and SLUG.match(slug):
        return slug[:SLUG_MAX]
    cleaned = slugify(slug or title, allow_unicode=True)[:SLUG_MAX].strip("-")
    if slug:
        notes.append(f"Slug {slug!r} is not a valid URL segment; used {cleaned!r}.")
    return cleaned or f"wordpress-{item.post_id or 'post'}"


def _summary(item: WxrItem, body_text: str, title: str, notes: list[str]) -> str:
    summary = text_of(item.excerpt)
    if not summary:
        words = body_text.split()
        summary = " ".join(words[:GENERATED_SUMMARY_WORDS])
        if len(words) > GENERATED_SUMMARY_WORDS:
            summary += "…"
        if summary:
            notes.append("No excerpt: the summary was taken from the body.")
    if not summary:
        summary = title
        notes.append("No excerpt and no body: the summary is the title.")
    summary, was_cut = cut(summary, SUMMARY_MAX_LENGTH)
    if was_cut:
        notes.append(f"The summary was cut at a word boundary to {SUMMARY_MAX_LENGTH} characters.")
    return summary


def _kind(item: WxrItem, kind_map: dict[str, str]) -> tuple[str, str]:
    for term in item.terms:
        if term.domain != "category":
            continue
        for key in (unquote(term.slug).lower(), term.name.strip().lower()):
            if key in kind_map:
                return kind_map[key], term.name.strip() or term.slug
    return DEFAULT_KIND, ""


def plan(
    item: WxrItem,
    *,
    kind_map: dict[str, str],
    base_url: str,
    attachments_of_post: list[int],
    now: datetime.datetime | None = None,
) -> Plan:
    now = now or timezone.now()
    notes: list[str] = []
    title = item.title.strip()
    if not title:
        title = f"(untitled WordPress post {item.post_id or ''})".replace(" )", ")")
        notes.append("No title in WordPress: a placeholder title was given.")
    elif len(title) > TITLE_MAX:
        title, _ = cut(title, TITLE_MAX)
        notes.append(f"The title was cut to {TITLE_MAX} characters.")
    body = convert(item.content, base_url=base_url, attachments_of_post=attachments_of_post)
    notes.extend(body.notes)
    when = _date(item, notes)
    kind, kind_category = _kind(item, kind_map)
    state, go_live_at = "live", None
    if item.status != "publish":
        state = "draft"
        if item.status == "future" and when is not None and when > now:
            state, go_live_at = "scheduled draft", when
        notes.append(f"WordPress status {item.status!r}: imported as a draft, never public.")
    elif item.password:
        state = "draft"
        notes.append("Password-protected in WordPress: imported as a draft, never public.")
    if when is None:
        notes.append("No date in the export: dated today.")
    body_text = " ".join(
        text_of(value) if isinstance(value, str) else ""
        for kind_, value in body.blocks
        if kind_ == "paragraph"
    )
    thumbnail = item.meta.get("_thumbnail_id", "").strip()
    categories = [
        (unquote(term.slug), term.name.strip())
        for term in item.terms
        if term.domain in ("category", "post_tag")
        and unquote(term.slug).lower() not in UNCATEGORISED
        and not (kind_category and term.domain == "category" and term.name.strip() == kind_category)
        and (term.name.strip() or term.slug)
    ]
    return Plan(
        kind=kind,
        state=state,
        title=title,
        slug=_slug(item, title, notes),
        summary=_summary(item, body_text, title, notes),
        publication_date=(when or now).date(),
        published_at=when if state == "live" else None,
        go_live_at=go_live_at,
        body=body,
        hero_attachment=int(thumbnail) if thumbnail.isdigit() else None,
        categories=categories,
        kind_category=kind_category,
        notes=notes,
    )


def page_model(kind: str):
    return KIND_MODELS[kind]


def old_paths(item: WxrItem) -> list[str]:
    """The WordPress URLs of a post that should lead to its page: its permalink's path and
    `/?p=ID`, the link WordPress answers for every post."""
    paths = []
    if item.link:
        parts = urlsplit(item.link)
        path = parts.path or "/"
        if parts.query and re.fullmatch(r"(p|page_id)=\d+", parts.query):
            path = f"{path}?{parts.query}"
        if path.strip("/") or "?" in path:
            paths.append(path)
    if item.post_id is not None:
        paths.append(f"/?p={item.post_id}")
    return list(dict.fromkeys(paths))
