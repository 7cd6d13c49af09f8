"""News items as IPTC ninjs 2.1 documents, built through the API's batch loaders (the one
privacy rule, the site's scope, query counts that do not grow with items or blocks).

Mapping, where ninjs 2.1 has no property of the name an agency may know: the photograph's
byline is `by`, its credit line `copyrightnotice` (the credit as the newsroom writes it, which
must be shown with the picture); the item's notices are a second body (`role: "notices"`) and
the latest one an `ednote`, so a receiving desk sees that a story was corrected.
"""

import mimetypes

from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.utils.html import strip_tags
from wagtail.models import PageLogEntry

from cms.api.http.context import ApiContext
from cms.conf import newsroom
from cms.media.models import NewsroomImage
from cms.media.renditions import RenditionUnavailable
from newsroom_pages.notices import KIND_LABELS
from newsroom_pages.pages import NewsItemPage
from newsroom_pages.paths import frontend_base_url, frontend_url
from newsroom_pages.sharing import published_at
from newsroom_pages.sites import site_for_request

from .body_html import BodyContext, Picture, body_html
from .identity import item_uri, picture_uri, standard

# The renditions offered for every picture, by ninjs rendition name.
PICTURE_RENDITIONS = {
    "thumbnail": "fill-400x225",
    "preview": "width-800",
    "large": "width-1200",
    "social": "fill-1200x630",
}
INLINE_RENDITION = "large"


def publications() -> Subquery:
    """How many times the item was published: its ninjs `version` (1, 2, 3 …)."""
    logged = (
        PageLogEntry.objects.filter(page_id=OuterRef("pk"), action__startswith="wagtail.publish")
        .order_by()
        .values("page_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(logged), 0)


class Syndication:
    """One response's documents: the loaders of an API request, on the request's site."""

    def __init__(self, request: HttpRequest) -> None:
        self.context = ApiContext(request, site_for_request(request))
        self.pages = self.context.pages
        self.media = self.context.media
        self.base_url = frontend_base_url(
            request.get_host().split(":")[0], request.build_absolute_uri("/")
        )
        self.body = BodyContext(self.base_url, self._inline_picture, self.media.document_url)

    def news_items(self):
        """Visible news items with their publication count and expiry, read with the rows
        (the API's loader leaves `expire_at` unread)."""
        return self.pages.news_items().annotate(publications=publications(), expires=F("expire_at"))

    def document(self, page: NewsItemPage) -> dict:
        self.pages.register([page])
        hero = self.media.public_image(page.hero_image)
        pictures = [("featureimage", hero)] if hero else []
        blocks = self.pages.body_for(page)
        pictures += [
            (f"image{index}", block.value["image"])
            for index, block in enumerate(
                (block for block in blocks if block.block_type == "image"), start=1
            )
        ]
        document = {
            "uri": item_uri(page),
            "standard": standard(),
            "type": "text",
            "representationtype": "full",
            "profile": f"newsroom-{page.specific_class.kind.lower().replace('_', '-')}",
            "version": str(max(page.publications, 1)),
            "firstcreated": (page.first_published_at or published_at(page)).isoformat(),
            "versioncreated": (page.last_published_at or published_at(page)).isoformat(),
            "contentcreated": published_at(page).isoformat(),
            "pubstatus": "usable",
            "language": page.locale.language_code,
            "by": newsroom.PUBLISHER_NAME,
            "copyrightholder": newsroom.PUBLISHER_NAME,
            "copyrightnotice": f"© {published_at(page).year} {newsroom.PUBLISHER_NAME}",
            "headlines": [{"role": "main", "contenttype": "text/plain", "value": page.title}],
            "descriptions": [
                {"role": "summary", "contenttype": "text/plain", "value": page.summary}
            ],
            "bodies": [self._main_body(blocks)],
            "subjects": self._subjects(page),
            "altids": [{"role": "url", "value": frontend_url(page, self.base_url)}],
            "associations": [
                association
                for name, image in pictures
                if (association := self._picture(name, image)) is not None
            ],
        }
        if page.expires:
            document["expires"] = page.expires.isoformat()
        if notices := self.pages.notices_for(page):
            document["bodies"].append(self._notices_body(notices))
            latest = notices[0]
            document["ednote"] = (
                f"{KIND_LABELS[latest.kind]} {latest.noted_at.isoformat()}: {latest.text}"
            )
        return document

    def _main_body(self, blocks: list) -> dict:
        html = body_html(blocks, self.body)
        text = strip_tags(html)
        return {
            "role": "main",
            "contenttype": "text/html",
            "value": html,
            "charcount": len(text),
            "wordcount": len(text.split()),
        }

    def _notices_body(self, notices: list) -> dict:
        html = "".join(
            f'<aside class="notice {notice.kind.value}"><p><strong>{KIND_LABELS[notice.kind]}'
            f" ({notice.noted_at.isoformat()})</strong></p>{self.body.absolute(notice.html)}"
            "</aside>"
            for notice in notices
        )
        return {"role": "notices", "contenttype": "text/html", "value": html}

    def _subjects(self, page: NewsItemPage) -> list[dict]:
        topics = [
            {"name": topic.name, "rel": "topic", "literal": topic.slug}
            for topic in self.pages.topics_for(page)
        ]
        countries = [
            {"name": country.name, "rel": "country", "literal": country.iso_code.upper()}
            for country in self.pages.countries_for(page)
        ]
        return topics + countries

    def _renditions(self, image: NewsroomImage) -> dict:
        try:
            made = self.media.renditions(image, *PICTURE_RENDITIONS.values())
        except RenditionUnavailable:
            return {}
        return {name: made[spec] for name, spec in PICTURE_RENDITIONS.items()}

    def _inline_picture(self, image: NewsroomImage) -> Picture | None:
        rendition = self._renditions(image).get(INLINE_RENDITION)
        if rendition is None:
            return None
        return Picture(self.media.absolute_url(rendition.url), rendition.width, rendition.height)

    def _picture(self, name: str, image: NewsroomImage) -> dict | None:
        renditions = self._renditions(image)
        if not renditions:
            return None
        picture = {
            "name": name,
            "uri": picture_uri(image),
            "type": "picture",
            "headlines": [{"role": "title", "value": image.title}],
            "by": image.credit,
            "copyrightholder": image.credit,
            "copyrightnotice": image.credit,
            "descriptions": [
                {"role": "caption", "contenttype": "text/plain", "value": image.caption},
                {"role": "alt", "contenttype": "text/plain", "value": image.default_alt_text},
            ],
            "renditions": [
                {
                    "name": rendition_name,
                    "href": self.media.absolute_url(rendition.url),
                    "contenttype": mimetypes.guess_type(rendition.url)[0] or "image/jpeg",
                    "width": rendition.width,
                    "height": rendition.height,
                }
                for rendition_name, rendition in renditions.items()
            ],
        }
        if image.licence:
            picture["usageterms"] = image.licence
        return picture
