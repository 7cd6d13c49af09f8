"""RSS 2.0, Atom 1.0 and JSON Feed 1.1 per locale, filtered by kind, topic and country.

RSS and Atom are written by Django's syndication framework (`django.utils.feedgenerator`);
both add Media RSS so the hero image travels with its credit (`media:content`,
`media:credit`, `media:description`), and Atom also links it as an enclosure. Items link to the
frontend, never to the CMS.
"""

import json
import mimetypes

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed, rfc3339_date
from django.utils.html import escape
from django.utils.translation import get_language_info, override

from cms.conf import newsroom
from cms.media.urls import request_base
from newsroom_pages.localization import checked_locale, locale_direction
from newsroom_pages.notices import KIND_LABELS, Notice
from newsroom_pages.pages import NewsItemPage
from newsroom_pages.paths import frontend_base_url, frontend_url
from newsroom_pages.sharing import ShareImage, date_modified, published_at

from .http import public_document
from .selection import Public, checked_filters, feed_items

MEDIA_RSS = "http://search.yahoo.com/mrss/"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def add_media_content(handler, image: ShareImage) -> None:
    """Media RSS (also valid inside Atom entries): the image, its credit, alt text, licence."""
    attributes = {
        "url": image.url,
        "medium": "image",
        "width": str(image.width),
        "height": str(image.height),
    }
    handler.startElement("media:content", attributes)
    handler.addQuickElement("media:credit", image.credit, {"role": "photographer"})
    if image.alt:
        handler.addQuickElement("media:description", image.alt)
    if image.licence:
        handler.addQuickElement("media:copyright", image.licence)
    handler.endElement("media:content")


class MediaRssFeed(Rss201rev2Feed):
    """RSS 2.0 has no date of change: an item's is given as `atom:updated` (the Atom namespace
    Django already declares), which feed readers such as feedparser read as `updated`."""

    def rss_attributes(self) -> dict:
        return {**super().rss_attributes(), "xmlns:media": MEDIA_RSS}

    def add_item_elements(self, handler, item: dict) -> None:
        super().add_item_elements(handler, item)
        if item.get("updateddate") is not None:
            handler.addQuickElement("atom:updated", rfc3339_date(item["updateddate"]))
        if (image := item.get("share_image")) is not None:
            add_media_content(handler, image)


class MediaAtomFeed(Atom1Feed):
    """Atom 1.0 with the hero image as `<link rel="enclosure">` (RFC 4287; its `length` is
    advisory and left out: knowing it would mean asking the storage for every item) titled
    with the credit, and the same Media RSS element as the RSS feed."""

    def root_attributes(self) -> dict:
        return {**super().root_attributes(), "xmlns:media": MEDIA_RSS}

    def add_item_elements(self, handler, item: dict) -> None:
        super().add_item_elements(handler, item)
        if (image := item.get("share_image")) is None:
            return
        enclosure = {"rel": "enclosure", "href": image.url, "title": image.credit}
        if media_type := mimetypes.guess_type(image.url)[0]:
            enclosure["type"] = media_type
        handler.addQuickElement("link", "", enclosure)
        add_media_content(handler, image)


class Channel:
    """One locale's feed: its items and how to describe them."""

    def __init__(self, request: HttpRequest, code: str) -> None:
        self.code = checked_locale(code)
        self.request = request
        self.filters = checked_filters(
            request.GET.get("kind"), request.GET.get("topic"), request.GET.get("country")
        )
        self.base_url = frontend_base_url(
            request.get_host().split(":")[0], request.build_absolute_uri("/")
        )
        self.public = Public.now()
        self.items = feed_items(self.public, code, limit=newsroom.FEED_ITEMS, **self.filters)
        self.images = self.public.share_images(self.items, request_base(request))
        self.notices = self.public.notices(self.items, self.base_url)
        self.direction = locale_direction(code).lower()

    @property
    def title(self) -> str:
        language = get_language_info(self.code)["name_local"]
        return f"{newsroom.PUBLISHER_NAME} newsroom ({language})"

    @property
    def home_url(self) -> str:
        prefix = "" if self.code == settings.LANGUAGE_CODE else f"/{self.code}"
        return f"{self.base_url}{prefix}/"

    def summary_html(self, item: NewsItemPage) -> str:
        return f'<p dir="{self.direction}" lang="{self.code}">{escape(item.summary)}</p>'

    def notice_html(self, notice: Notice) -> str:
        with override(self.code):
            label = f"{KIND_LABELS[notice.kind]}, {notice.noted_at:%Y-%m-%d %H:%M} UTC"
        return (
            f'<div dir="{self.direction}" lang="{self.code}" class="notice {notice.kind.value}">'
            f"<p><strong>{escape(label)}</strong></p>{notice.html}</div>"
        )

    def description_html(self, item: NewsItemPage) -> str:
        """The summary, then the item's notices, newest first, as readers see them."""
        notices = "".join(self.notice_html(notice) for notice in self.notices.get(item.pk, []))
        return self.summary_html(item) + notices

    def syndication(self, generator: type[SyndicationFeed]) -> SyndicationFeed:
        feed = generator(
            title=self.title,
            link=self.home_url,
            description=self.title,
            language=self.code,
            feed_url=self.base_url + self.request.get_full_path(),
            author_name=newsroom.PUBLISHER_NAME,
        )
        for item in self.items:
            url = frontend_url(item, self.base_url)
            feed.add_item(
                title=item.title,
                link=url,
                description=self.description_html(item),
                unique_id=url,
                unique_id_is_permalink=True,
                pubdate=published_at(item),
                updateddate=date_modified(item),
                share_image=self.images.get(item.pk),
            )
        return feed

    def json_feed(self) -> dict:
        feed = {
            "version": JSON_FEED_VERSION,
            "title": self.title,
            "home_page_url": self.home_url,
            "feed_url": self.base_url + self.request.get_full_path(),
            "language": self.code,
            "_newsroom": {"direction": self.direction},
            "authors": [{"name": newsroom.PUBLISHER_NAME, "url": self.base_url + "/"}],
            "items": [],
        }
        for item in self.items:
            url = frontend_url(item, self.base_url)
            entry = {
                "id": url,
                "url": url,
                "title": item.title,
                "summary": item.summary,
                "content_text": item.summary,
                "content_html": self.description_html(item),
                "date_published": published_at(item).isoformat(),
                "language": self.code,
            }
            if modified := date_modified(item):
                entry["date_modified"] = modified.isoformat()
            extension = {}
            if image := self.images.get(item.pk):
                entry["image"] = image.url
                extension |= {"image_alt": image.alt, "image_credit": image.credit}
            if notices := self.notices.get(item.pk):
                extension["notices"] = [
                    {
                        "kind": notice.kind.value,
                        "published_at": notice.noted_at.isoformat(),
                        "html": notice.html,
                    }
                    for notice in notices
                ]
            if extension:
                entry["_newsroom"] = extension
            feed["items"].append(entry)
        return feed


@public_document
def rss(request: HttpRequest, locale: str) -> HttpResponse:
    feed = Channel(request, locale).syndication(MediaRssFeed)
    return HttpResponse(
        feed.writeString("utf-8"), content_type="application/rss+xml; charset=utf-8"
    )


@public_document
def atom(request: HttpRequest, locale: str) -> HttpResponse:
    feed = Channel(request, locale).syndication(MediaAtomFeed)
    return HttpResponse(
        feed.writeString("utf-8"), content_type="application/atom+xml; charset=utf-8"
    )


@public_document
def json_feed(request: HttpRequest, locale: str) -> HttpResponse:
    body = json.dumps(Channel(request, locale).json_feed(), ensure_ascii=False)
    return HttpResponse(body.encode(), content_type="application/feed+json; charset=utf-8")
