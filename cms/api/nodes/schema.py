"""`node(id:)` and `nodes(ids:)`: any object refetched by its global id (cms/api/core/identity.py).

Every kind is loaded through the same loaders and the one visibility rule as the rest of the
API: a draft, expired, restricted or other site's page, a block of one, an image or document
in a private collection, a press contact no public page shows, a redirect to a page that is
not public: all are null, exactly like an id that never existed. A preview token opens the
draft of the one page it was issued for, as `page(previewToken:)` does. `nodes` loads each
kind in one batch, so its queries do not grow with the number of ids.
"""

from collections import defaultdict
from collections.abc import Callable

import graphene
from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from wagtail.models import Page

from cms.api.core.errors import ErrorCode, coded
from cms.api.core.identity import (
    GlobalId,
    MalformedId,
    Node,
    bad_id,
    node_type_resolver,
    parse_global_id,
)
from cms.api.distribution.redirects import Redirect, redirect_nodes
from cms.api.media.types import Document, Image
from cms.api.pages.listing import prime
from cms.api.pages.schema import resolve_preview
from cms.api.pages.snippets import Country, Locale, PressContact, Topic
from cms.api.pages.stream import BodyBlock, block_key
from cms.api.pages.types import PAGE_TYPES, Translation, TranslationOf, model_of
from cms.media.models import NewsroomDocument, NewsroomImage
from newsroom_pages.pages import NewsItemPage, NewsroomIndexPage
from newsroom_pages.snippets import Country as CountryModel
from newsroom_pages.snippets import PressContact as PressContactModel
from newsroom_pages.snippets import Topic as TopicModel

MAX_NODES = 100
SNIPPET_TYPES = {TopicModel: Topic, CountryModel: Country, PressContactModel: PressContact}


@node_type_resolver
def graphql_type_of(instance) -> type | None:
    if isinstance(instance, TranslationOf):
        return Translation
    if isinstance(instance, Page):
        return PAGE_TYPES.get(model_of(instance))
    if isinstance(instance, BodyBlock):
        return instance.graphql_type
    if isinstance(instance, Locale | Redirect):
        return type(instance)
    for model, graphql_type in SNIPPET_TYPES.items():
        if isinstance(instance, model):
            return graphql_type
    if isinstance(instance, NewsroomImage):
        return Image
    if isinstance(instance, NewsroomDocument):
        return Document
    return None


def _pages(info, ids: list[GlobalId]) -> dict[GlobalId, object]:
    loader = info.context.pages
    keys = {gid: gid.database_id() for gid in ids}
    wanted = set(keys.values())
    found = {page.pk: page for page in loader.news_items().filter(pk__in=wanted)}
    if wanted - set(found):
        found |= {page.pk: page for page in loader.index_pages().filter(pk__in=wanted - set(found))}
    pages = loader.register([found[pk] for pk in sorted(found)])
    prime(info, pages)
    return {gid: found.get(pk) for gid, pk in keys.items()}


def _translations(info, ids: list[GlobalId]) -> dict[GlobalId, object]:
    return {gid: page and TranslationOf(page) for gid, page in _pages(info, ids).items()}


def _blocks(info, ids: list[GlobalId]) -> dict[GlobalId, object]:
    wanted: dict[GlobalId, tuple[int, str]] = {}
    for gid in ids:
        page_key, _colon, block_id = gid.key.partition(":")
        wanted[gid] = (GlobalId("Page", page_key).database_id(), block_id)
    pages = _pages(info, [GlobalId("Page", str(pk)) for pk, _block in wanted.values()])
    by_pk = {page.pk: page for page in pages.values() if page is not None}
    found = {}
    for gid, (pk, _block_id) in wanted.items():
        page = by_pk.get(pk)
        blocks = info.context.pages.body_for(page) if page is not None else []
        found[gid] = next((b for b in blocks if block_key(b.page_id, b.id) == gid.key), None)
    return found


def _media(load: Callable, ids: list[GlobalId]) -> dict[GlobalId, object]:
    loaded = load({gid.database_id() for gid in ids})
    return {gid: loaded.get(gid.database_id()) for gid in ids}


def _images(info, ids):
    return _media(info.context.media.load_images, ids)


def _documents(info, ids):
    return _media(info.context.media.load_documents, ids)


def _snippets(model) -> Callable:
    def load(info, ids: list[GlobalId]) -> dict[GlobalId, object]:
        keys = {gid: gid.database_id() for gid in ids}
        rows = model.objects.filter(pk__in=set(keys.values())).select_related("locale")
        if model is PressContactModel:
            rows = rows.filter(_shown_contact(info))
        found = {row.pk: row for row in rows}
        return {gid: found.get(pk) for gid, pk in keys.items()}

    return load


def _shown_contact(info) -> Q:
    """A press contact is public where a public page shows it: an item's own contact, or a
    newsroom's default for its items."""
    loader = info.context.pages
    items = loader.visible(NewsItemPage.objects.filter(press_contact=OuterRef("pk")))
    indexes = loader.visible(NewsroomIndexPage.objects.filter(press_contact=OuterRef("pk")))
    return Q(Exists(items)) | Q(Exists(indexes))


def _locales(info, ids: list[GlobalId]) -> dict[GlobalId, object]:
    codes = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    return {gid: Locale.from_code(gid.key) if gid.key in codes else None for gid in ids}


def _redirects(info, ids: list[GlobalId]) -> dict[GlobalId, object]:
    keys = {gid: gid.database_id() for gid in ids}
    found = redirect_nodes(info, set(keys.values()))
    return {gid: found.get(pk) for gid, pk in keys.items()}


LOADERS: dict[str, Callable] = {
    "Page": _pages,
    "Translation": _translations,
    "StreamBlock": _blocks,
    "Image": _images,
    "Document": _documents,
    "Topic": _snippets(TopicModel),
    "Country": _snippets(CountryModel),
    "PressContact": _snippets(PressContactModel),
    "Locale": _locales,
    "Redirect": _redirects,
}


def _load(info, ids: list[str]) -> list:
    """Each id's object, None where it is not visible or does not exist, or the coded error
    for an id this API never issued (it nulls that entry alone)."""
    parsed: list[GlobalId | Exception] = []
    by_kind: dict[str, list[GlobalId]] = defaultdict(list)
    for value in ids:
        try:
            gid = parse_global_id(value)
            if gid.kind in ("Page", "Translation", "Image", "Document", "Redirect"):
                gid.database_id()
            parsed.append(gid)
            by_kind[gid.kind].append(gid)
        except MalformedId as error:
            parsed.append(bad_id(error))
    found: dict[GlobalId, object] = {}
    for kind, gids in by_kind.items():
        try:
            found |= LOADERS[kind](info, gids)
        except MalformedId as error:
            found |= dict.fromkeys(gids, bad_id(error))
    return [item if isinstance(item, Exception) else found.get(item) for item in parsed]


def resolve_node(root, info, id: str, preview_token: str | None = None):
    if preview_token:
        try:
            gid = parse_global_id(id)
            if gid.kind != "Page":
                raise MalformedId("A preview token opens a `Page` id only.")
            pk = gid.database_id()
        except MalformedId as error:
            raise bad_id(error) from None
        return resolve_preview(info, preview_token, str(pk))
    (result,) = _load(info, [id])
    if isinstance(result, Exception):
        raise result
    if result is None:
        info.context.pages.missed = True
    return result


def resolve_nodes(root, info, ids: list[str]) -> list:
    if len(ids) > MAX_NODES:
        raise coded(f"`ids` takes at most {MAX_NODES} ids.", ErrorCode.BAD_USER_INPUT)
    results = _load(info, ids)
    if any(result is None for result in results):
        info.context.pages.missed = True
    return results


class NodeQuery(graphene.ObjectType):
    node = graphene.Field(
        Node,
        id=graphene.ID(required=True, description="An `id` this API returned."),
        preview_token=graphene.String(
            description="A preview token: the draft of the page it was issued for (a `Page` id)."
        ),
        description="Any object by its global id; null when it does not exist or is not public "
        "(drafts only with a valid `previewToken`). An id this API never issued is a "
        "BAD_USER_INPUT error.",
    )
    nodes = graphene.List(
        Node,
        required=True,
        ids=graphene.List(
            graphene.NonNull(graphene.ID),
            required=True,
            description=f"Up to {MAX_NODES} ids this API returned.",
        ),
        description="Objects by global id, in the order asked; each entry null when that object "
        "does not exist or is not public, or (with a BAD_USER_INPUT error at its index) when "
        "the id is not one this API issued.",
    )

    resolve_node = staticmethod(resolve_node)
    resolve_nodes = staticmethod(resolve_nodes)


QUERY = NodeQuery
TYPES = ()
