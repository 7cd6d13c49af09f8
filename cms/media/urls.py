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


def absolute_url(url: str, base: str | None = None) -> str:
    """Storage URLs on S3 (endpoint or custom domain) or under an absolute MEDIA_URL are
    absolute already. Relative ones (media on local disk, the document serve view) are served
    by this CMS, so they get `base`: the scheme and host the request came in on (see
    `request_base`); only work outside a request falls back to the admin's base URL."""
    if url.startswith("/") and not url.startswith("//"):
        return (base or settings.WAGTAILADMIN_BASE_URL).rstrip("/") + url
    return url


def request_base(request) -> str | None:
    """`https://host:port` as the client reached us: the Host header (X-Forwarded-Host only
    when USE_X_FORWARDED_HOST is on) checked against ALLOWED_HOSTS, and the scheme through
    SECURE_PROXY_SSL_HEADER."""
    if request is None:
        return None
    return request.build_absolute_uri("/").rstrip("/")
