"""The floor for the uncached listing: a plain Django view, no GraphQL, that fetches the same
rows through the same loaders (visibility, topics, countries, renditions: the same queries)
and encodes the same JSON as our `NewsListing`, field for field.

The bench asserts the two payloads are equal before timing them (`bench.targets.FLOOR`), so
the floor cannot do less work by returning less. What it skips is everything GraphQL adds:
parsing and validating the document, resolving and completing each field, and the checks
around them. Our uncached listing <= 2x this is the target.
"""

import orjson
from django.http import HttpRequest, HttpResponse

from cms.api.core.identity import global_id, page_global_id
from cms.api.http.context import ApiContext
from cms.api.pages.listing import encode_cursor
from cms.api.pages.types import model_of
from cms.media.rendition_specs import RenditionRequest, snapped
from newsroom_pages.localization import in_locale
from newsroom_pages.paths import frontend_path
from newsroom_pages.sites import site_for_request

CARD = snapped(RenditionRequest(800, 450, True, "WEBP", None)).filter_spec()


def floor_listing(request: HttpRequest) -> HttpResponse:
    first = int(request.GET.get("first", "20"))
    locale = request.GET.get("locale", "en")
    context = ApiContext(request, site_for_request(request))
    pages, media = context.pages, context.media
    matching = in_locale(pages.news_items(), locale, fallback=False)
    rows = list(matching.order_by("-publication_date", "-pk").defer("body")[: first + 1])
    items = pages.register(rows[:first])
    edges = [{"cursor": encode_cursor(item), "node": _card(item, pages, media)} for item in items]
    listing = {
        "totalCount": matching.count(),
        "pageInfo": {
            "hasNextPage": len(rows) > first,
            "endCursor": edges[-1]["cursor"] if edges else None,
        },
        "edges": edges,
    }
    body = orjson.dumps({"data": {"newsItems": listing}})  # the encoder /graphql/ uses
    return HttpResponse(body, content_type="application/json; charset=utf-8")


def _card(page, pages, media) -> dict:
    model = model_of(page)
    return {
        "__typename": model.__name__,
        "id": page_global_id(page.pk),
        "title": page.title,
        "urlPath": frontend_path(page),
        "locale": page.locale.language_code,
        "kind": model.kind.name,
        "publicationDate": page.publication_date.isoformat(),
        "summary": page.summary,
        "heroImage": _image(media.public_image(page.hero_image), media),
        "topics": [_tag("Topic", t, slug=t.slug) for t in pages.topics_for(page)],
        "countries": [_tag("Country", c, isoCode=c.iso_code) for c in pages.countries_for(page)],
    }


def _image(image, media) -> dict | None:
    if image is None:
        return None
    rendition = media.renditions(image, CARD)[CARD]
    return {
        "__typename": "Image",
        "id": global_id("Image", image.pk),
        "alt": image.default_alt_text,
        "caption": image.caption,
        "credit": image.credit,
        "licence": image.licence,
        "width": image.width,
        "height": image.height,
        "card": {
            "url": media.absolute_url(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
        },
    }


def _tag(kind: str, row, **extra) -> dict:
    return {"__typename": kind, "id": global_id(kind, row.pk), "name": row.name, **extra}
