"""What the pages area adds to the schema: the newsroom's root fields, every page type and every
body block type (cms/api/schema.py assembles the areas)."""

import graphene
from django.conf import settings
from graphql import GraphQLError

from cms.api.core.errors import ErrorCode, coded
from cms.api.core.identity import MalformedId, parse_global_id
from cms.api.core.ids import database_id
from cms.api.core.private import mark_private
from cms.api.embargo.resolvers import resolve_embargoed_page
from cms.api.pages.blocks import BLOCKS
from cms.api.pages.listing import (
    NEWS_ITEMS_ARGUMENTS,
    NewsItemConnection,
    prime,
    resolve_news_items,
)
from cms.api.pages.snippets import Country, Locale, Topic
from cms.api.pages.types import PAGE_TYPES, PageInterface
from cms.preview.tokens import PreviewTokenExpired, PreviewTokenInvalid
from cms.preview.tokens import resolve_preview as preview_page
from newsroom_pages.localization import checked_locale
from newsroom_pages.paths import tree_lookup
from newsroom_pages.snippets import Country as CountryModel
from newsroom_pages.snippets import Topic as TopicModel


def resolve_preview(info, token: str, page_id: str | None):
    """The draft behind a valid preview token, bound to one page and expiring; the only way a
    page that is not public can leave the CMS."""
    mark_private(info.context.request)
    try:
        page = preview_page(token, page_id=page_id)
    except PreviewTokenExpired as error:
        raise coded(str(error), ErrorCode.PREVIEW_TOKEN_EXPIRED) from None
    except PreviewTokenInvalid as error:
        raise coded(str(error), ErrorCode.PREVIEW_TOKEN_INVALID) from None
    info.context.pages.register_preview(page)
    return page


GONE_MESSAGE = "This page was taken down and will not come back: answer 410 Gone."
PAGE_ID_MESSAGE = "`id` must be a page id returned by this API."


def page_key(value: str) -> int:
    """A page's database key from its global id, or from the database id clients sent before
    ids were global (still accepted: docs/frontend/global-ids.md)."""
    if str(value).strip().isdigit():
        return database_id(value, PAGE_ID_MESSAGE)
    try:
        gid = parse_global_id(value)
        if gid.kind != "Page":
            raise MalformedId(PAGE_ID_MESSAGE)
        return gid.database_id()
    except MalformedId:
        raise coded(PAGE_ID_MESSAGE, ErrorCode.BAD_USER_INPUT) from None


def _page_filters(url_path: str | None, page_id: str | None, locale: str | None) -> dict:
    if (url_path is None) == (page_id is None):
        raise GraphQLError("Give exactly one of `urlPath` or `id`.")
    if page_id is not None:
        return {"pk": page_key(page_id)}
    path_locale, lookup = tree_lookup(url_path)
    if path_locale and locale and path_locale != locale:
        raise GraphQLError(f"`urlPath` is in locale '{path_locale}' but `locale` is '{locale}'.")
    return lookup | {"locale__language_code": checked_locale(path_locale or locale)}


def _live_page(loader, filters: dict):
    return (
        loader.news_items().filter(**filters).first()
        or loader.index_pages().filter(**filters).first()
    )


def _translation(loader, page, code: str):
    """The page's live translation in `code` (the page itself when already in it)."""
    if page.locale.language_code == code:
        return page
    return _live_page(
        loader, {"translation_key": page.translation_key, "locale__language_code": code}
    )


class NewsroomQuery(graphene.ObjectType):
    news_items = graphene.Field(
        NewsItemConnection,
        required=True,
        description="News items, newest publication date first.",
        **NEWS_ITEMS_ARGUMENTS,
    )
    page = graphene.Field(
        PageInterface,
        url_path=graphene.String(description="A frontend path, e.g. /newsroom/<slug>/."),
        id=graphene.ID(description="A page's `id` (its former database id is still accepted)."),
        locale=graphene.String(
            description="The language wanted: the page's translation in it, or null (see "
            "`fallback`)."
        ),
        preview_token=graphene.String(
            description="A preview token from the editor's Preview: the draft it was issued for."
        ),
        fallback=graphene.Boolean(
            default_value=False,
            description=(
                "With no live translation in the asked locale, return the default-locale page"
                " (its `locale` says so) instead of null."
            ),
        ),
        embargo_token=graphene.String(
            description="A journalist's personal embargo token: the release before it is public."
        ),
        description="One page by its frontend path or id: live, public and unexpired only, "
        "unless a preview or embargo token opens a draft. Null when there is none.",
    )
    topics = graphene.List(
        graphene.NonNull(Topic),
        required=True,
        locale=graphene.String(description="Language code; the default locale when omitted."),
        description="Every topic, in one language, by name.",
    )
    countries = graphene.List(
        graphene.NonNull(Country),
        required=True,
        locale=graphene.String(description="Language code; the default locale when omitted."),
        description="Every country, in one language, by name.",
    )
    locales = graphene.List(
        graphene.NonNull(Locale), required=True, description="The languages published in."
    )

    resolve_news_items = staticmethod(resolve_news_items)

    @staticmethod
    def resolve_page(
        root,
        info,
        url_path=None,
        id=None,
        locale=None,
        preview_token=None,
        fallback=False,
        embargo_token=None,
    ):
        if preview_token:
            return resolve_preview(info, preview_token, None if id is None else str(page_key(id)))
        if embargo_token is not None:
            page = resolve_embargoed_page(info, embargo_token)
            prime(info, [page])
            return page
        filters = _page_filters(url_path, id, locale)
        loader = info.context.pages
        page = _live_page(loader, filters)
        wanted = checked_locale(locale) if locale else filters.get("locale__language_code")
        if page is not None and wanted and page.locale.language_code != wanted:
            translated = _translation(loader, page, wanted)
            page = translated or (
                _translation(loader, page, checked_locale(None)) if fallback else None
            )
        elif page is None and fallback and url_path is not None:
            source = _live_page(loader, filters | {"locale__language_code": checked_locale(None)})
            page = source and (_translation(loader, source, wanted) or source)
        if page is None:
            loader.missed = True
            if loader.taken_down(filters):
                raise coded(GONE_MESSAGE, ErrorCode.GONE)
            return None
        loader.register([page])
        prime(info, [page])
        return page

    @staticmethod
    def resolve_topics(root, info, locale=None):
        return TopicModel.objects.filter(locale__language_code=checked_locale(locale))

    @staticmethod
    def resolve_countries(root, info, locale=None):
        return CountryModel.objects.filter(locale__language_code=checked_locale(locale))

    @staticmethod
    def resolve_locales(root, info):
        return [Locale.from_code(code) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


QUERY = NewsroomQuery
TYPES = (*PAGE_TYPES.values(), *(spec.type for spec in BLOCKS.values()))
