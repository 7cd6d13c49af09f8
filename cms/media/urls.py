"""The URLs frontends get for media (whether a piece of media may be shown at all is decided by
`newsroom_pages.privacy`).

Documents are never linked directly in the bucket. Their public URL is Wagtail's document
serve view (`/documents/<id>/<filename>`), which checks the collection's restrictions on every
download and then redirects to a signed URL that lives `AWS_QUERYSTRING_EXPIRE` seconds
(see `cms.media.storage`). A restriction added later therefore takes effect at once, even for
links that were already shared, and the API's own responses stay cacheable because the URL
they carry does not expire. Images are public through their renditions' plain URLs on the
bucket endpoint or CDN.
"""

from __future__ import annotations

from django.conf import settings


def absolute_url(url: str) -> str:
    """Storage URLs on S3 are absolute already; local-disk and app URLs get the site's base."""
    if url.startswith("/"):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url
    return url
