"""Media on local disk (`make run`, tests), with the same rule as the bucket: renditions of
public images (`images/`) are served to anyone; everything else (originals, documents,
`private/` renditions, pending uploads) only by a URL signed for a short time, which the code
that decided the reader may see it hands out (the admin, a preview or embargo token, the
document serve view). `/media/` is the view below, never a plain static file server.
"""

from __future__ import annotations

import posixpath

from django.core import signing
from django.core.exceptions import PermissionDenied
from django.core.files.storage import FileSystemStorage, default_storage
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.http import urlencode
from django.views.static import serve

from .storage import PUBLIC_PREFIXES

SIGNATURE_PARAMETER = "signature"
_SALT = "cms.media.local_storage"


class LocalMediaStorage(FileSystemStorage):
    """FileSystemStorage whose URLs outside the public prefixes carry an expiring signature."""

    querystring_expire = 300
    public_prefixes: tuple[str, ...] = PUBLIC_PREFIXES

    def is_public(self, name: str) -> bool:
        return _clean(name).startswith(self.public_prefixes)

    def url(self, name) -> str:
        url = super().url(name)
        if self.is_public(name):
            return url
        signature = signing.TimestampSigner(salt=_SALT).sign(_clean(name)).rsplit(":", 2)
        return f"{url}?{urlencode({SIGNATURE_PARAMETER: ':'.join(signature[-2:])})}"

    def has_valid_signature(self, name: str, signature: str) -> bool:
        try:
            signing.TimestampSigner(salt=_SALT).unsign(
                f"{_clean(name)}:{signature}", max_age=self.querystring_expire
            )
        except signing.BadSignature:  # also SignatureExpired
            return False
        return True


def _clean(name: str) -> str:
    """As `django.views.static.serve` resolves it: `images/../original_images/x` is an
    original, not a public rendition."""
    return posixpath.normpath(name.replace("\\", "/")).lstrip("/")


def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    """`/media/<path>`: public renditions as they are, anything else with a valid signature
    only (403 otherwise, the same answer whether the file exists or not)."""
    storage = default_storage
    if not isinstance(storage, LocalMediaStorage):
        raise Http404("Media is not stored on this host.")
    if not storage.is_public(path) and not storage.has_valid_signature(
        path, request.GET.get(SIGNATURE_PARAMETER, "")
    ):
        raise PermissionDenied("This file needs a signed link.")
    response = serve(request, path, document_root=storage.location)
    if not storage.is_public(path):
        response["Cache-Control"] = "private, no-store"
    return response
