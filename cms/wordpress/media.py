"""Attachments and linked files: read from the `wp-content/uploads` tree (`--media-dir`) or
fetched over HTTP, checked by the same rules as an editor's upload, stored once.

A fetch never hangs an import: it has a connect and read timeout and an overall deadline (a
server that trickles bytes is cut off too), a size limit, no redirects followed blindly, and,
unless the operator allows it, no request to a private or loopback address (the export names
the URLs, and an export can be written by anyone). An unreachable file is reported; the post
is imported without it.
"""

from __future__ import annotations

import ipaddress
import mimetypes
import os
import re
import socket
import time
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import phpserialize
import requests
import urllib3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile

from cms.conf import newsroom
from cms.media.fields import NewsroomImageFileField
from cms.media.models import NewsroomDocument, NewsroomImage
from cms.media.validation import check_document

from .models import ImportedMedia, key_hash
from .wxr import WxrItem

PLACEHOLDER_CREDIT = "Credit needed (imported from WordPress without a credit)"
PLACEHOLDER_ALT = "Alt text needed (imported from WordPress without a description)"
CREDIT_IN_CAPTION = re.compile(
    r"(?:^|[\s(\[\u2014\u2013-])((?:©|\(c\)|copyright\b|photo(?:graph)?s?\s*(?:by|:)|credit\s*:|"
    r"image\s*(?:by|:)|picture\s*(?:by|:))\s*.+?)\s*[)\]]?\s*$",
    re.IGNORECASE,
)
SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.[a-z0-9]+$)", re.IGNORECASE)
MAX_REDIRECTS = 3
CHUNK = 64 * 1024


class MediaError(Exception):
    """Why one file could not be imported (the post is imported without it)."""


@dataclass
class Attachment:
    """What pass one keeps of an attachment item: enough to import it when a post uses it."""

    post_id: int | None
    guid: str
    url: str
    relative_path: str
    title: str
    caption: str
    alt: str
    credit: str
    parent: int | None

    @classmethod
    def from_item(cls, item: WxrItem) -> Attachment:
        return cls(
            post_id=item.post_id,
            guid=item.guid or item.attachment_url,
            url=item.attachment_url or item.guid,
            relative_path=item.meta.get("_wp_attached_file", ""),
            title=item.title.strip(),
            caption=item.excerpt.strip(),
            alt=item.meta.get("_wp_attachment_image_alt", "").strip(),
            credit=metadata_credit(item.meta.get("_wp_attachment_metadata", "")),
            parent=item.parent or None,
        )


def metadata_credit(serialized: str) -> str:
    """`image_meta.credit` from WordPress's PHP-serialized attachment metadata."""
    if not serialized.strip():
        return ""
    try:
        data = phpserialize.loads(serialized.encode("utf-8"), decode_strings=True)
    except (ValueError, TypeError, AttributeError, UnicodeDecodeError):
        return ""
    meta = data.get("image_meta") if isinstance(data, dict) else None
    credit = meta.get("credit") if isinstance(meta, dict) else None
    return credit.strip() if isinstance(credit, str) else ""


def credit_from_caption(caption: str) -> str:
    match = CREDIT_IN_CAPTION.search(caption or "")
    return match.group(1).strip()[:255] if match else ""


def unsized(url: str) -> str:
    """WordPress's resized copies (`photo-300x200.jpg`) name the attachment `photo.jpg`."""
    path = urlsplit(url)._replace(query="", fragment="").geturl()
    return SIZE_SUFFIX.sub("", path)


class Fetcher:
    """Reads files from the uploads tree first, else over HTTP."""

    def __init__(self, media_dir: Path | None, timeout: float) -> None:
        self.media_dir = media_dir.resolve() if media_dir else None
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "newsroom-cms-wordpress-import"

    def read(self, url: str, relative_path: str, max_bytes: int) -> tuple[bytes, str]:
        name = os.path.basename(unquote(urlsplit(url).path)) or os.path.basename(relative_path)
        if self.media_dir is not None:
            local = self._local(url, relative_path)
            if local is not None:
                if local.stat().st_size > max_bytes:
                    raise MediaError(f"{local.name} is larger than {max_bytes} bytes.")
                return local.read_bytes(), local.name
        if not url:
            raise MediaError("No URL and no file in the media directory.")
        return self._fetch(url, max_bytes), name

    def _local(self, url: str, relative_path: str) -> Path | None:
        candidates = []
        if relative_path:
            candidates.append(relative_path)
        path = unquote(urlsplit(url).path)
        if "/wp-content/uploads/" in path:
            candidates.append(path.split("/wp-content/uploads/", 1)[1])
        elif path:
            candidates.append(path.lstrip("/"))
        for candidate in candidates:
            target = (self.media_dir / candidate).resolve()
            if target.is_relative_to(self.media_dir) and target.is_file():
                return target
        return None

    def _fetch(self, url: str, max_bytes: int) -> bytes:
        deadline = time.monotonic() + self.timeout
        for _hop in range(MAX_REDIRECTS + 1):
            _check_address(url)
            try:
                response = self.session.get(
                    url, stream=True, timeout=(self.timeout, self.timeout), allow_redirects=False
                )
            except requests.Timeout:
                raise MediaError(f"No answer within {self.timeout:g} s.") from None
            except requests.RequestException as error:
                raise MediaError(f"Could not connect: {type(error).__name__}.") from None
            with response:
                if response.is_redirect and "location" in response.headers:
                    url = urljoin(url, response.headers["location"])
                    continue
                if response.status_code != 200:
                    raise MediaError(f"HTTP {response.status_code}.")
                return _body(response, deadline, max_bytes, self.timeout)
        raise MediaError(f"More than {MAX_REDIRECTS} redirects.")


def _body(response: requests.Response, deadline: float, max_bytes: int, timeout: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise MediaError(f"Larger than {max_bytes} bytes.")
    data = BytesIO()
    try:
        # read1: whatever one socket read brings, so a server that trickles bytes meets the
        # deadline instead of filling a chunk slowly.
        while chunk := response.raw.read1(CHUNK):
            data.write(chunk)
            if data.tell() > max_bytes:
                raise MediaError(f"Larger than {max_bytes} bytes.")
            if time.monotonic() > deadline:
                raise MediaError(f"Not received within {timeout:g} s.")
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as error:
        raise MediaError(f"Transfer failed: {type(error).__name__}.") from None
    return data.getvalue()


def _check_address(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise MediaError("Not an http(s) URL.")
    if newsroom.WORDPRESS_MEDIA_PRIVATE_ADDRESSES:
        return
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, None)}
    except (OSError, UnicodeError):
        raise MediaError(f"Unknown host {parts.hostname}.") from None
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global:
            raise MediaError(
                f"{parts.hostname} is a private or local address; not fetched "
                "(NEWSROOM_WORDPRESS_MEDIA_PRIVATE_ADDRESSES allows it)."
            )


def _image_name(name: str, data: bytes) -> str:
    """A file name with the extension its content has (Wagtail checks they match)."""
    if "." not in name:
        guessed = mimetypes.guess_extension(_sniff(data) or "") or ""
        name += guessed
    return name[-100:]


def _sniff(data: bytes) -> str | None:
    signatures = {
        b"\xff\xd8\xff": "image/jpeg",
        b"\x89PNG": "image/png",
        b"GIF8": "image/gif",
        b"RIFF": "image/webp",
    }
    return next((kind for head, kind in signatures.items() if data.startswith(head)), None)


def is_image_name(name: str) -> bool:
    extension = os.path.splitext(urlsplit(name).path)[1].lower().lstrip(".")
    return extension in settings.WAGTAILIMAGES_EXTENSIONS


def make_image(
    data: bytes, name: str, *, title: str, alt: str, caption: str, credit: str
) -> NewsroomImage:
    """Checked as the admin's upload checks it (cms.media.fields): a file that is not really
    an image, is damaged, or is too large in pixels is refused with the editor's message."""
    name = _image_name(name, data)
    try:
        upload = NewsroomImageFileField().clean(SimpleUploadedFile(name, data))
    except ValidationError as error:
        raise MediaError(" ".join(error.messages)) from None
    image = NewsroomImage(
        title=(title or name)[:255],
        file=ImageFile(BytesIO(data), name=upload.name),
        alt_text=alt,
        caption=caption,
        credit=credit[:255],
    )
    image._set_image_file_metadata()
    image.save()
    return image


def make_document(data: bytes, name: str, *, title: str) -> NewsroomDocument:
    try:
        check_document(BytesIO(data), name)
    except ValidationError as error:
        raise MediaError(" ".join(error.messages)) from None
    from django.core.files.base import ContentFile

    document = NewsroomDocument(title=(title or name)[:255], file=ContentFile(data, name=name))
    document._set_document_file_metadata()
    document.save()
    return document


def known(key: str) -> ImportedMedia | None:
    return (
        ImportedMedia.objects.filter(key_hash=key_hash(key))
        .select_related("image", "document")
        .first()
    )


def remember(key: str, *, image=None, document=None) -> ImportedMedia:
    return ImportedMedia.objects.create(
        key=key, key_hash=key_hash(key), image=image, document=document
    )
