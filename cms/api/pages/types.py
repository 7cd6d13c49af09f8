"""GraphQL page types: the `Page` and `NewsItem` interfaces and one type per page model."""

import graphene
from django.contrib.contenttypes.models import ContentType

from cms.api.core.identity import Node, database_id_field, keyed_by_row
from cms.api.distribution.seo import SEO_FIELD, resolve_seo
from cms.api.embargo.resolvers import resolve_embargo
from cms.api.embargo.types import Embargo
from cms.api.media.types import Document, Image
from cms.api.pages.notices import ResolvedNotice
from cms.api.pages.snippets import Country, PressContact, Topic
from cms.api.pages.stream import StreamBlock
from newsroom_pages import pages as models
from newsroom_pages.paths import frontend_path
from newsroom_pages.richtext import RichTextReferences, collect_references, to_frontend_html

KIND_DESCRIPTIONS = {
    "PRESS_RELEASE": "A press release (`PressReleasePage`).",
    "REPORT": "A research report with its PDF, index number and key findings (`ReportPage`).",
    "CAMPAIGN_VICTORY": "A campaign's outcome: what changed (`CampaignVictoryPage`).",
}


def _kind_description(value) -> str:
    """graphene asks this once for the enum (None) and once for each value."""
    if value is None:
        return "What a news item is: press release, report or campaign victory."
    return KIND_DESCRIPTIONS[value.name]


NewsKind = graphene.Enum.from_enum(models.NewsKind, description=_kind_description)


def model_of(page) -> type:
    return ContentType.objects.get_for_id(page.content_type_id).model_class()


class TranslationOf:
    """A page seen as a link to it in another language: the same row, another object for
    clients (its own id, so it never overwrites the full page in a normalised cache)."""

    def __init__(self, page) -> None:
        self.page = page

    def __getattr__(self, name: str):
        return getattr(self.__dict__["page"], name)


class Translation(keyed_by_row("Translation"), graphene.ObjectType):
    """The same page in another language, for a locale switcher and hreflang links."""

    database_id = database_id_field("translated page")
    locale = graphene.String(required=True, description="Language code of the translation.")
    title = graphene.String(required=True, description="The title in that language.")
    url_path = graphene.String(required=True, description="Its frontend path.")

    class Meta:
        interfaces = (Node,)

    @staticmethod
    def resolve_locale(page, info) -> str:
        return page.locale.language_code

    @staticmethod
    def resolve_url_path(page, info) -> str:
        return frontend_path(page)


class PageInterface(keyed_by_row("Page"), graphene.Interface):
    """A page of the newsroom a frontend routes to: the newsroom index or a news item."""

    id = graphene.ID(
        required=True,
        description="Global id: one per page and locale, the same whichever type or field "
        "returns the page (a `SyncDeletion` names it too).",
    )
    database_id = database_id_field("page")
    title = graphene.String(required=True, description="The headline, in the page's language.")
    slug = graphene.String(
        required=True, description="The last part of the path; shared by every language."
    )
    url_path = graphene.String(required=True, description="The frontend path, e.g. /newsroom/x/.")
    locale = graphene.String(required=True, description="Language code, e.g. en or ar.")
    seo_title = graphene.String(
        description="A title for search results, when the editor wrote one (else use `seo`)."
    )
    search_description = graphene.String(
        description="A description for search results, when the editor wrote one."
    )
    first_published_at = graphene.DateTime(description="When it first went live.")
    last_published_at = graphene.DateTime(description="When it was last published.")
    translations = graphene.List(
        graphene.NonNull(Translation),
        required=True,
        description="Its live, public versions in the other languages (not itself).",
    )
    seo = SEO_FIELD
    embargo = graphene.Field(Embargo, description="Set only on a page opened by `embargoToken`.")

    class Meta:
        name = "Page"
        interfaces = (Node,)

    resolve_embargo = staticmethod(resolve_embargo)

    @classmethod
    def resolve_type(cls, page, info):
        return PAGE_TYPES[model_of(page)]

    @staticmethod
    def resolve_url_path(page, info) -> str:
        return frontend_path(page)

    @staticmethod
    def resolve_locale(page, info) -> str:
        return page.locale.language_code

    @staticmethod
    def resolve_seo_title(page, info) -> str | None:
        return page.seo_title or None

    @staticmethod
    def resolve_search_description(page, info) -> str | None:
        return page.search_description or None

    @staticmethod
    def resolve_translations(page, info) -> list:
        return info.context.pages.translations_for(page)

    resolve_seo = staticmethod(resolve_seo)


class NewsItem(PageInterface):
    """A press release, report or campaign victory: what the listing shows."""

    kind = graphene.Field(NewsKind, required=True, description="Which kind of item it is.")
    publication_date = graphene.Date(
        required=True, description="The editorial date it carries (listings sort on it)."
    )
    summary = graphene.String(required=True, description="Plain text, up to 400 characters.")
    hero_image = graphene.Field(
        Image, description="The lead photograph with its credit; null when none or not public."
    )
    notices = graphene.List(
        graphene.NonNull(ResolvedNotice),
        required=True,
        description="Corrections, clarifications, updates and editor's notes, newest first: "
        "show them above the body with their date.",
    )
    body = graphene.List(
        graphene.NonNull(StreamBlock),
        required=True,
        description="The article's blocks in order; blocks pointing at nothing public are left out.",
    )
    topics = graphene.List(
        graphene.NonNull(Topic), required=True, description="In the item's language, by name."
    )
    countries = graphene.List(
        graphene.NonNull(Country), required=True, description="In the item's language, by name."
    )
    related_items = graphene.List(
        graphene.NonNull(lambda: NewsItem),
        required=True,
        description="Chosen by the editor, in their order, in the item's language where "
        "translated; items that are not public are left out.",
    )
    press_contact = graphene.Field(
        PressContact, description="Its own contact, else the newsroom's default one."
    )
    search_highlight = graphene.String(
        description="When listed by `search`: a passage of the summary or body with the matching "
        "words in <mark> (HTML, escaped); null otherwise."
    )

    class Meta:
        name = "NewsItem"
        interfaces = (Node, PageInterface)

    @staticmethod
    def resolve_kind(page, info) -> str:
        return model_of(page).kind

    @staticmethod
    def resolve_hero_image(page, info):
        return info.context.media.public_image(page.hero_image)

    @staticmethod
    def resolve_notices(page, info) -> list:
        return info.context.pages.notices_for(page)

    @staticmethod
    def resolve_body(page, info) -> list:
        return info.context.pages.body_for(page)

    @staticmethod
    def resolve_topics(page, info) -> list:
        return info.context.pages.topics_for(page)

    @staticmethod
    def resolve_countries(page, info) -> list:
        return info.context.pages.countries_for(page)

    @staticmethod
    def resolve_related_items(page, info) -> list:
        return info.context.pages.related_items_for(page)

    @staticmethod
    def resolve_press_contact(page, info):
        return page.press_contact or info.context.pages.default_press_contact(page)

    @staticmethod
    def resolve_search_highlight(page, info) -> str | None:
        return getattr(page, "search_highlight", None)


class NewsroomIndexPage(graphene.ObjectType):
    """The newsroom itself, one per language: the parent of every news item."""

    intro = graphene.String(
        required=True,
        description="HTML; links are frontend paths, links to what is not public plain text.",
    )
    press_contact = graphene.Field(PressContact, description="The newsroom's default contact.")

    class Meta:
        interfaces = (Node, PageInterface)

    @staticmethod
    def resolve_intro(page, info) -> str:
        references = RichTextReferences()
        collect_references(page.intro, references)
        media = info.context.media
        paths = info.context.pages.frontend_paths(references.page_ids)
        media.load_documents(references.document_ids)
        return to_frontend_html(page.intro, paths.get, media.loaded_document_url)


class PressReleasePage(graphene.ObjectType):
    """A press release."""

    class Meta:
        interfaces = (Node, PageInterface, NewsItem)


class ReportPage(graphene.ObjectType):
    """A research report: the PDF, its index number and the key findings."""

    report_document = graphene.Field(
        Document, description="The report's PDF; null when none or not public."
    )
    index_number = graphene.String(required=True, description="E.g. MDE 19/3084/2020.")
    key_findings = graphene.List(
        graphene.NonNull(graphene.String), required=True, description="Plain text, in order."
    )

    class Meta:
        interfaces = (Node, PageInterface, NewsItem)

    @staticmethod
    def resolve_report_document(page, info):
        return info.context.media.public_document(_report(page).report_document)

    @staticmethod
    def resolve_index_number(page, info) -> str:
        return _report(page).index_number

    @staticmethod
    def resolve_key_findings(page, info) -> list[str]:
        return [block["value"] for block in _report(page).key_findings.raw_data]


class CampaignVictoryPage(graphene.ObjectType):
    """A campaign victory: which campaign, and what changed."""

    campaign = graphene.String(required=True, description="The campaign's name.")
    outcome = graphene.String(required=True, description="What changed.")

    class Meta:
        interfaces = (Node, PageInterface, NewsItem)

    @staticmethod
    def resolve_campaign(page, info) -> str:
        return _victory(page).campaign

    @staticmethod
    def resolve_outcome(page, info) -> str:
        return _victory(page).outcome


def _report(page) -> models.ReportPage:
    return page if isinstance(page, models.ReportPage) else page.reportpage


def _victory(page) -> models.CampaignVictoryPage:
    return page if isinstance(page, models.CampaignVictoryPage) else page.campaignvictorypage


PAGE_TYPES = {
    models.NewsroomIndexPage: NewsroomIndexPage,
    models.PressReleasePage: PressReleasePage,
    models.ReportPage: ReportPage,
    models.CampaignVictoryPage: CampaignVictoryPage,
}
