"""Builds the demo newsroom; every step looks for what exists first, so a rerun changes nothing."""

from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from cms.conf import newsroom
from cms.media.models import NewsroomImage

from ..pages import (
    CampaignVictoryPage,
    NewsItemPage,
    NewsroomIndexPage,
    PressReleasePage,
    RelatedNewsItem,
    ReportPage,
)
from ..snippets import Country, PressContact, Topic
from .content import COUNTRIES, ITEMS, PRESS_CONTACT, TOPICS, DemoItem
from .images import draw_placeholder_photo
from .translations import DemoTranslator

PAGE_CLASSES = {
    "PRESS_RELEASE": PressReleasePage,
    "REPORT": ReportPage,
    "CAMPAIGN_VICTORY": CampaignVictoryPage,
}
NEWSROOM_SLUG = "newsroom"


class DemoNewsroomBuilder:
    def __init__(self, report: Callable[[str], None] = lambda message: None) -> None:
        self.report = report
        self.created = 0

    @transaction.atomic
    def build(self) -> int:
        self.ensure_locales()
        self.locale = Locale.get_default()
        self.topics = {
            slug: self.get_or_create(Topic, {"slug": slug}, {"name": name})
            for slug, name in TOPICS.items()
        }
        self.countries = {
            code: self.get_or_create(Country, {"iso_code": code}, {"name": name})
            for code, name in COUNTRIES.items()
        }
        self.contact = self.get_or_create(
            PressContact, {"email": PRESS_CONTACT["email"]}, PRESS_CONTACT
        )
        index = self.ensure_newsroom_index()
        for item in ITEMS:
            self.ensure_item(index, item)
        self.created += DemoTranslator(self.report).build(index)
        return self.created

    def ensure_locales(self) -> None:
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            Locale.objects.get_or_create(language_code=code)

    def get_or_create(self, model, lookup: dict, defaults: dict):
        instance, created = model.objects.get_or_create(
            locale=self.locale, **lookup, defaults=defaults
        )
        self.created += created
        return instance

    def ensure_newsroom_index(self) -> NewsroomIndexPage:
        site = Site.objects.get(is_default_site=True)
        root = site.root_page
        existing = NewsroomIndexPage.objects.child_of(root).filter(slug=NEWSROOM_SLUG).first()
        if existing:
            return existing
        index = NewsroomIndexPage(
            title="Newsroom",
            slug=NEWSROOM_SLUG,
            intro=(
                "<p>Breaking news, reports, campaign updates and victories. "
                "Members of the press can reach the press office at any time.</p>"
            ),
            press_contact=self.contact,
            share_image=self.ensure_share_image(),
        )
        self.publish(root, index)
        self.report("Created the newsroom index at /newsroom/")
        return index

    def ensure_item(self, index: NewsroomIndexPage, item: DemoItem) -> None:
        if NewsItemPage.objects.child_of(index).filter(slug=item.slug).exists():
            return
        page_class = PAGE_CLASSES[item.kind]
        page = page_class(
            title=item.title,
            slug=item.slug,
            publication_date=item.published,
            summary=item.summary,
            hero_image=(photo := self.ensure_photo(item)),
            body=self.body_for(item, photo),
            search_description=item.summary[:160],
        )
        if item.kind == "REPORT":
            page.index_number = item.extra["index_number"]
            page.key_findings = [("finding", text) for text in item.extra["key_findings"]]
        if item.kind == "CAMPAIGN_VICTORY":
            page.campaign = item.extra["campaign"]
            page.outcome = item.extra["outcome"]
        page.topics = [self.topics[slug] for slug in item.topics]
        page.countries = [self.countries[code] for code in item.countries]
        related = [NewsItemPage.objects.get(slug=slug) for slug in item.extra.get("related", ())]
        if related:
            page.related_item_links = [RelatedNewsItem(item=target) for target in related]
        self.publish(index, page)
        self.report(f"Created {item.kind.lower().replace('_', ' ')}: {item.title}")

    def ensure_share_image(self) -> NewsroomImage:
        """The newsroom's default share image: what social cards and JSON-LD show for the
        items that have no photograph."""
        title = "Demo share image: newsroom"
        image = NewsroomImage.objects.filter(title=title).first()
        if image is None:
            image = NewsroomImage.objects.create(
                title=title,
                file=draw_placeholder_photo("Newsroom", (40, 40, 40), size=(1200, 630)),
                alt_text="The newsroom's name on a dark background",
                caption="",
                credit=f"{newsroom.PUBLISHER_NAME} press office",
                licence="Demo placeholder drawn locally",
            )
            self.created += 1
        return image

    def ensure_photo(self, item: DemoItem) -> NewsroomImage | None:
        if item.photo is None:
            return None
        title = f"Demo photo: {item.slug}"
        image = NewsroomImage.objects.filter(title=title).first()
        if image is None:
            image = NewsroomImage.objects.create(
                title=title,
                file=draw_placeholder_photo(item.slug, item.photo.colour),
                alt_text=item.photo.alt_text,
                caption=item.photo.caption,
                credit=item.photo.credit,
                licence="Demo placeholder drawn locally; credit from the seed listing",
            )
            self.created += 1
        return image

    def body_for(self, item: DemoItem, photo: NewsroomImage | None) -> list[tuple[str, object]]:
        first, *rest = item.paragraphs
        body: list[tuple[str, object]] = [("paragraph", RichText(f"<p>{first}</p>"))]
        if photo:
            body.append(("image", {"image": photo, "caption": ""}))
        if item.key_fact:
            figure, label, source = item.key_fact
            body.append(("key_fact", {"figure": figure, "label": label, "source": source}))
        body.append(("heading", {"text": "What must happen now", "level": "2"}))
        body.extend(("paragraph", RichText(f"<p>{text}</p>")) for text in rest)
        if item.quote:
            text, speaker, role = item.quote
            body.append(("quote", {"text": text, "speaker": speaker, "role": role}))
        related = [NewsItemPage.objects.get(slug=slug) for slug in item.extra.get("related", ())]
        if related:
            body.append(
                ("call_to_action", {"text": "Read the original release", "page": related[0]})
            )
            body.append(("related_content", {"heading": "Background", "items": related}))
        return body

    def publish(self, parent: Page, page: Page) -> None:
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
