"""What a page carries when it is shared or indexed: its share image, its publication moment
and its schema.org description (JSON-LD), used by the feeds, sitemaps and the API's `seo`.

Built here, without GraphQL, so every channel describes a page the same way.
"""

import datetime
from dataclasses import dataclass

from wagtail.models import Page

from cms.conf import newsroom
from cms.media.models import NewsroomImage, NewsroomRendition
from cms.media.urls import absolute_url

from .notices import NoticeKind, notices_of
from .pages import NewsItemPage, NewsKind

SHARE_IMAGE_SPEC = "fill-1200x630"
SHARE_IMAGE_SIZE = (1200, 630)
# Google and schema.org: a report is a `Report`; press releases and victories are news.
SCHEMA_TYPES = {NewsKind.REPORT: "Report"}
SCHEMA_CONTEXT = "https://schema.org"


@dataclass(frozen=True)
class ShareImage:
    url: str
    width: int
    height: int
    alt: str
    credit: str
    licence: str


def share_image(
    image: NewsroomImage, rendition: NewsroomRendition, base_url: str | None
) -> ShareImage:
    """The 1200x630 rendition (SHARE_IMAGE_SPEC) of a public image, with the credit that must
    travel with it. `base_url`: the scheme and host the request came in on, for media served
    by the CMS itself (on S3 or a CDN the URL is absolute already; cms.media.urls)."""
    return ShareImage(
        url=absolute_url(rendition.url, base_url),
        width=rendition.width,
        height=rendition.height,
        alt=image.default_alt_text,
        credit=image.credit,
        licence=image.licence,
    )


def published_at(page: NewsItemPage) -> datetime.datetime:
    """The editorial publication date as a moment: the first publication time when it fell on
    that date, else the start of the day (UTC)."""
    first = page.first_published_at
    if first is not None and first.astimezone(datetime.UTC).date() == page.publication_date:
        return first
    return datetime.datetime.combine(page.publication_date, datetime.time(), tzinfo=datetime.UTC)


def modified_at(page: Page) -> datetime.datetime | None:
    """The last publication; for a page never published through Wagtail (an import), its
    last revision, unless that column was left unread (the API defers it: reading it would
    cost a query per page)."""
    if page.last_published_at or "latest_revision_created_at" in page.get_deferred_fields():
        return page.last_published_at
    return page.latest_revision_created_at


def date_modified(page: Page) -> datetime.datetime | None:
    """When readers were last told the item changed: its latest notice (a silent later edit,
    a typo fixed, does not move it), else its last publication (`modified_at`)."""
    notices = notices_of(page)
    return notices[0].noted_at if notices else modified_at(page)


def publisher(base_url: str) -> dict:
    return {
        "@type": "Organization",
        "name": newsroom.PUBLISHER_NAME,
        "url": base_url + "/",
    }


def json_ld(page: Page, *, url: str, base_url: str, image: ShareImage | None) -> dict:
    """schema.org `NewsArticle` (press releases, victories) or `Report`, or a `CollectionPage`
    for the newsroom itself, with the image's credit as `creditText` / `copyrightNotice`."""
    document = {
        "@context": SCHEMA_CONTEXT,
        "@id": url,
        "url": url,
        "name": page.title,
        "inLanguage": page.locale.language_code,
        "publisher": publisher(base_url),
    }
    if image is not None:
        document["image"] = _image_object(image)
    if not isinstance(page, NewsItemPage):
        return {"@type": "CollectionPage", **document}
    document |= {
        "@type": SCHEMA_TYPES.get(page.specific_class.kind, "NewsArticle"),
        "headline": page.title[:110],
        "description": page.summary,
        "datePublished": published_at(page).isoformat(),
        "mainEntityOfPage": url,
        # Google's article guidelines accept an organisation as the author: the newsroom
        # publishes in the organisation's name, not a byline's.
        "author": publisher(base_url),
    }
    document["dateModified"] = (date_modified(page) or published_at(page)).isoformat()
    corrections = [
        {
            "@type": "CorrectionComment",
            "text": notice.text,
            "datePublished": notice.noted_at.isoformat(),
        }
        for notice in notices_of(page)
        if notice.kind == NoticeKind.CORRECTION
    ]
    if corrections:
        document["correction"] = corrections
    return document


def _image_object(image: ShareImage) -> dict:
    return {
        "@type": "ImageObject",
        "url": image.url,
        "contentUrl": image.url,
        "width": image.width,
        "height": image.height,
        "caption": image.alt,
        "creditText": image.credit,
        "copyrightNotice": image.licence or image.credit,
    }
