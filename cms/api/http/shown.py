"""What a response showed, as HTTP headers, so caches in front of the API can purge it and
readers know its language.

`Cache-Tag` (Cloudflare, comma-separated) and `Surrogate-Key` (Fastly, space-separated) carry
the same tags as the publish webhooks (newsroom_pages.cache_tags): each page shown and its
language versions, and `newsitems` when the response shows a listing or missed a page (a
publish may change either). `Content-Language` is the locale of the content shown, or the
default locale the API's arguments fall back to; never the reader's Accept-Language.
"""

from django.conf import settings

from cms.api.pages.loaders import PageLoader
from newsroom_pages.cache_tags import LISTINGS, page_tag, translations_tag

SHOWN_HEADERS = ("Cache-Tag", "Surrogate-Key", "Content-Language")


def shown_headers(pages: PageLoader) -> dict[str, str]:
    tags = set()
    for page in pages.pool.values():
        tags |= {page_tag(page.pk), translations_tag(page.translation_key)}
    if pages.listed_locales or pages.missed:
        tags.add(LISTINGS)
    locales = pages.listed_locales | {page.locale.language_code for page in pages.pool.values()}
    headers = {"Content-Language": ", ".join(sorted(locales)) or settings.LANGUAGE_CODE}
    if tags:
        headers |= {"Cache-Tag": ",".join(sorted(tags)), "Surrogate-Key": " ".join(sorted(tags))}
    return headers
