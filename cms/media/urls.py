"""The URLs frontends get for media, and whether a piece of media may be shown to them at all.

Privacy follows Wagtail's collection view restrictions (Settings > Collections > Privacy): an
image or document in a restricted collection, or below one, is not public.

Documents are never linked directly in the bucket. Their public URL is Wagtail's document
serve view (`/documents/<id>/<filename>`), which checks the collection's restrictions on every
download and then redirects to a signed URL that lives `AWS_QUERYSTRING_EXPIRE` seconds
(see `cms.media.storage`). A restriction added later therefore takes effect at once, even for
links that were already shared, and the API's own responses stay cacheable because the URL
they carry does not expire. Images are public through their renditions' plain URLs on the
bucket endpoint or CDN.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db.models import Q
from wagtail.models import Collection, CollectionMember, CollectionViewRestriction


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


def restricted_collection_paths() -> list[str]:
    """Tree paths of the collections under a view restriction (one query)."""
    return list(
        CollectionViewRestriction.objects.values_list("collection__path", flat=True).distinct()
    )


def is_below_restriction(collection_path: str, restricted_paths: Iterable[str]) -> bool:
    """A collection under a restriction, or below one, is private."""
    return any(collection_path.startswith(restricted) for restricted in restricted_paths)


def private_collection_ids() -> frozenset[int]:
    """Collections under any view restriction, in two queries: compute once per request and
    pass to the functions below when checking many objects."""
    restricted_paths = restricted_collection_paths()
    if not restricted_paths:
        return frozenset()
    below_any = Q()
    for path in restricted_paths:
        below_any |= Q(path__startswith=path)
    return frozenset(Collection.objects.filter(below_any).values_list("id", flat=True))


def is_publicly_visible(
    media: CollectionMember, *, private_collections: Iterable[int] | None = None
) -> bool:
    """True when the image or document is in no restricted collection."""
    if private_collections is None:
        private_collections = private_collection_ids()
    return media.collection_id not in set(private_collections)


def public_document_url(
    document, *, private_collections: Iterable[int] | None = None, base: str | None = None
) -> str | None:
    """The absolute URL a frontend may publish for a document, or None when it is private."""
    if not is_publicly_visible(document, private_collections=private_collections):
        return None
    return absolute_url(document.url, base)
