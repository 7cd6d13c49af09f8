"""The files an export's posts use. The first pass indexes the export's attachments (posts
often come before the images they use); then each file is read once per export: found in the
attachments or by URL, fetched (locally or over HTTP), stored as a Wagtail image or document in
its own savepoint, and reported when it cannot be had (the post is imported without it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction

from . import media
from .body import MediaRef
from .report import Report
from .wxr import Channel, WxrItem, read


@dataclass
class Scan:
    channel: Channel
    total: int = 0
    attachments: dict[int, media.Attachment] = field(default_factory=dict)
    by_url: dict[str, int] = field(default_factory=dict)
    children: dict[int, list[int]] = field(default_factory=dict)


def scan(path: Path) -> Scan:
    """Pass one: the whole file is readable, and where its attachments are."""
    result: Scan | None = None
    for entry in read(path):
        if isinstance(entry, Channel):
            result = Scan(channel=entry)
            continue
        assert result is not None
        result.total += 1
        if entry.post_type == "attachment" and entry.post_id is not None:
            attachment = media.Attachment.from_item(entry)
            result.attachments[entry.post_id] = attachment
            if attachment.url:
                result.by_url[media.unsized(attachment.url)] = entry.post_id
            if attachment.parent:
                result.children.setdefault(attachment.parent, []).append(entry.post_id)
    assert result is not None
    return result


class ExportMedia:
    def __init__(self, scan: Scan, fetcher: media.Fetcher, report: Report) -> None:
        self.scan = scan
        self.fetcher = fetcher
        self.report = report
        self.failed: dict[str, str] = {}

    def _attachment(self, ref: MediaRef) -> media.Attachment | None:
        if ref.attachment_id is not None and ref.attachment_id in self.scan.attachments:
            return self.scan.attachments[ref.attachment_id]
        if ref.url:
            found = self.scan.by_url.get(media.unsized(ref.url))
            if found is not None:
                return self.scan.attachments[found]
        return None

    def _failed(self, key: str, url: str, reason: str, item: WxrItem) -> None:
        if key not in self.failed:
            self.failed[key] = reason
            self.report.media_failures.append(
                {"url": url, "reason": reason, "post": item.title, "line": item.line}
            )

    def _stored(self, ref: MediaRef, item: WxrItem, kind: str, max_size: int, make):
        """The image or document a reference names, read once per export and stored by
        `make(data, name, attachment)` in its own savepoint; None, and reported, when the file
        cannot be had."""
        attachment = self._attachment(ref)
        url = attachment.url if attachment else ref.url
        key = (attachment.guid if attachment else "") or url
        if not key or key in self.failed:
            return None
        known = media.known(key)
        if known is not None and getattr(known, kind) is not None:
            return getattr(known, kind)
        try:
            data, name = self.fetcher.read(
                url, attachment.relative_path if attachment else "", max_size
            )
            with transaction.atomic(savepoint=True):
                stored = make(data, name, attachment)
                media.remember(key, **{kind: stored})
        except media.MediaError as error:
            self._failed(key, url, str(error), item)
            return None
        return stored

    def image_for(self, ref: MediaRef, item: WxrItem):
        if ref.attachment_id is None and not ref.url:
            return None

        def make(data: bytes, name: str, attachment: media.Attachment | None):
            caption = attachment.caption if attachment else ""
            credit = media.credit_from_caption(caption) or (attachment.credit if attachment else "")
            alt = (attachment.alt if attachment else "") or ref.alt
            image = media.make_image(
                data,
                name,
                title=(attachment.title if attachment else "") or name,
                alt=alt or media.PLACEHOLDER_ALT,
                caption=caption,
                credit=credit or media.PLACEHOLDER_CREDIT,
            )
            url = attachment.url if attachment else ref.url
            entry = {"image": image.pk, "title": image.title, "url": url, "post": item.title}
            if not credit:
                self.report.credits_needed.append(entry)
            if not alt:
                self.report.alt_texts_needed.append(entry)
            return image

        return self._stored(ref, item, "image", settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, make)

    def document_for(self, ref: MediaRef, item: WxrItem):
        def make(data: bytes, name: str, attachment: media.Attachment | None):
            title = (attachment.title if attachment else "") or name
            return media.make_document(data, name, title=title)

        return self._stored(ref, item, "document", settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, make)
