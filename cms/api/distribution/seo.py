"""`seo` on every page: what a frontend puts in <head> (title, description, canonical URL,
robots, Open Graph image with its credit, hreflang alternates) and the schema.org JSON-LD built
by the domain (newsroom_pages.sharing), so feeds, sitemaps and pages describe an item alike.

Everything comes from the request's page loader and media loader, so selecting `seo` on a
listing adds the same few queries for 1 item or 100.
"""

import html

import graphene
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import Truncator

from cms.media.renditions import RenditionUnavailable
from newsroom_pages.pages import NewsItemPage
from newsroom_pages.paths import frontend_base_url, frontend_url
from newsroom_pages.sharing import SHARE_IMAGE_SPEC, ShareImage, json_ld, share_image

INDEX = "index, follow, max-image-preview:large"
DESCRIPTION_LENGTH = 160
NO_INDEX = "noindex, nofollow"


class OgImage(graphene.ObjectType):
    """The picture a social card or search result shows (og:image)."""

    url = graphene.String(required=True, description="Absolute, on the media host.")
    width = graphene.Int(required=True, description="1200.")
    height = graphene.Int(required=True, description="630.")
    alt = graphene.String(required=True, description="Empty for a decorative image.")
    credit = graphene.String(required=True, description="Show it where the image is shown.")
    licence = graphene.String(required=True, description="Terms of use; may be empty.")


class Alternate(graphene.ObjectType):
    """The page in one language, for `<link rel="alternate" hreflang>`."""

    locale = graphene.String(required=True, description="The hreflang value, or x-default.")
    url = graphene.String(required=True, description="Absolute URL on the public website.")


class Seo(graphene.ObjectType):
    """What a page puts in `<head>` for crawlers and social networks."""

    title = graphene.String(required=True, description="For `<title>` and og:title.")
    description = graphene.String(
        required=True,
        description="For the meta description and og:description: the editor's search "
        "description, else the summary, else the newsroom's intro, else the title.",
    )
    canonical_url = graphene.String(
        required=True, description="For `<link rel=canonical>` and og:url, on the public website."
    )
    robots = graphene.String(required=True, description="For `<meta name=robots>`.")
    og_image = graphene.Field(
        OgImage,
        description="1200x630, with alt text and credit: the hero image, else the newsroom's "
        "default share image; null when neither is public.",
    )
    alternates = graphene.List(
        graphene.NonNull(Alternate),
        required=True,
        description="Every published language of the page and x-default (none when only one).",
    )
    json_ld = graphene.JSONString(
        required=True,
        description="Schema.org JSON-LD as JSON text, for a script tag as it is (escape `<`).",
    )

    @staticmethod
    def resolve_og_image(seo: "PageSeo", info) -> ShareImage | None:
        return seo.image()

    @staticmethod
    def resolve_alternates(seo: "PageSeo", info) -> list[Alternate]:
        return seo.alternates()

    @staticmethod
    def resolve_json_ld(seo: "PageSeo", info) -> dict:
        return json_ld(seo.page, url=seo.canonical_url, base_url=seo.base_url, image=seo.image())


class PageSeo:
    """Built per page on demand; the loaders batch what it needs across the response."""

    def __init__(self, page, info) -> None:
        self.page = page
        self.info = info
        request = info.context.request
        host = request.get_host().split(":")[0] if request is not None else None
        origin = request.build_absolute_uri("/") if request is not None else ""
        self.base_url = frontend_base_url(host, origin)
        self.canonical_url = frontend_url(page, self.base_url)
        self.title = page.seo_title or page.title
        self.description = _description(page)
        self.robots = NO_INDEX if page.pk in info.context.pages.previews else INDEX
        self._image: ShareImage | bool | None = False

    def image(self) -> ShareImage | None:
        if self._image is False:
            self._image = None
            media = self.info.context.media
            hero = (
                media.public_image(self.page.hero_image)
                if isinstance(self.page, NewsItemPage)
                else None
            )
            shown = hero or self.info.context.pages.default_share_image(self.page)
            if shown is not None:
                try:
                    rendition = media.renditions(shown, SHARE_IMAGE_SPEC)[SHARE_IMAGE_SPEC]
                    self._image = share_image(shown, rendition, media.base_url)
                except RenditionUnavailable:
                    self._image = None
        return self._image

    def alternates(self) -> list[Alternate]:
        versions = [self.page, *self.info.context.pages.translations_for(self.page)]
        links = [
            Alternate(locale=version.locale.language_code, url=frontend_url(version, self.base_url))
            for version in sorted(versions, key=lambda version: version.locale.language_code)
        ]
        default = [link for link in links if link.locale == settings.LANGUAGE_CODE]
        if len(links) > 1 and default:
            links.append(Alternate(locale="x-default", url=default[0].url))
        return links


def _description(page) -> str:
    """The editor's search description, else the item's summary, else the opening of the
    newsroom's intro as text, else the title: never empty (crawlers and Lighthouse ask)."""
    if page.search_description or getattr(page, "summary", ""):
        return page.search_description or page.summary
    intro = html.unescape(strip_tags(getattr(page, "intro", ""))).strip()
    return Truncator(intro).chars(DESCRIPTION_LENGTH) if intro else page.title


def resolve_seo(page, info) -> PageSeo:
    return PageSeo(page, info)


SEO_FIELD = graphene.Field(Seo, required=True, description="Metadata for <head> and crawlers.")
