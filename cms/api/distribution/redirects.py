"""Redirects from Wagtail's redirects app (created automatically when a published page's slug
changes or it moves; editors manage them under Settings > Redirects), for frontends.

A redirect is stored once per old path, without a locale prefix (Wagtail's form); a frontend
asks with its own path (`/ar/newsroom/old-slug/`) and gets the target in that locale. A
redirect whose target page is not public is never returned.
"""

import base64
import binascii
from urllib.parse import urlsplit

import graphene
from django.conf import settings
from django.db.models import Q, QuerySet
from django.db.models.functions import Length
from wagtail.contrib.redirects.models import Redirect as RedirectModel
from wagtail.models import Page, Site

from cms.api.core.connections import PageInfo
from cms.api.core.errors import bad_input
from cms.api.core.identity import Node, database_id_field, global_id
from newsroom_pages.paths import frontend_base_url, frontend_path, split_frontend_path

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500


class Redirect(graphene.ObjectType):
    """An old frontend path and where it leads now (Wagtail's redirects, in the path's
    language)."""

    database_id = database_id_field("redirect")
    from_path = graphene.String(required=True, description="The old frontend path.")
    to_path = graphene.String(description="The frontend path of the target page, if a page.")
    to_url = graphene.String(required=True, description="Absolute URL to send the reader to.")
    is_permanent = graphene.Boolean(required=True, description="301 when true, else 302.")
    locale = graphene.String(description="The target page's language, if a page.")
    created_at = graphene.DateTime(description="When the redirect was made.")

    class Meta:
        interfaces = (Node,)

    @staticmethod
    def resolve_id(redirect: "Redirect", info) -> str:
        return global_id("Redirect", redirect.database_id)


class RedirectEdge(graphene.ObjectType):
    """A redirect and the cursor just after it."""

    cursor = graphene.String(required=True, description="Pass as `after` to continue after it.")
    node = graphene.Field(Redirect, required=True, description="The redirect.")


class RedirectConnection(graphene.ObjectType):
    """A page of redirects, oldest first (a Relay connection; `nodes` for the edges' nodes)."""

    edges = graphene.List(graphene.NonNull(RedirectEdge), required=True, description="In order.")
    page_info = graphene.Field(PageInfo, required=True, description="Where this page sits.")
    nodes = graphene.List(
        graphene.NonNull(Redirect), required=True, description="The edges' nodes, in order."
    )
    end_cursor = graphene.String(
        deprecation_reason="Use `pageInfo.endCursor`.", description="The last redirect's cursor."
    )
    has_more = graphene.Boolean(
        required=True,
        deprecation_reason="Use `pageInfo.hasNextPage`.",
        description="More redirects follow.",
    )


def _base_url(info) -> str:
    request = info.context.request
    if request is None:
        return frontend_base_url(None)
    return frontend_base_url(request.get_host().split(":")[0], request.build_absolute_uri("/"))


def _site_filter(info) -> Q:
    request = info.context.request
    site = Site.find_for_request(request) if request is not None else None
    return Q(site__isnull=True) | Q(site=site) if site else Q(site__isnull=True)


def _public_targets(info, redirects: QuerySet) -> QuerySet:
    public = info.context.pages.visible(Page.objects.all()).values("pk")
    return redirects.filter(Q(redirect_page__isnull=True) | Q(redirect_page__in=public))


def _shown(redirect: RedirectModel, target: Page | None, base_url: str) -> Redirect:
    prefix = ""
    if target is not None and target.locale.language_code != settings.LANGUAGE_CODE:
        prefix = f"/{target.locale.language_code}"
    from_path = prefix + redirect.old_path.rstrip("/") + "/"
    to_path = frontend_path(target) if target is not None else None
    return Redirect(
        database_id=redirect.pk,
        from_path=from_path,
        to_path=to_path,
        to_url=base_url + to_path if to_path else redirect.redirect_link,
        is_permanent=redirect.is_permanent,
        locale=target.locale.language_code if target is not None else None,
        created_at=redirect.created_at,
    )


def resolve_redirect(root, info, path: str, locale: str | None = None) -> Redirect | None:
    path_locale, slugs = split_frontend_path(path)
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if locale is not None and locale not in codes:
        raise bad_input(f"Unknown locale '{locale}'; available: {', '.join(codes)}.")
    if path_locale and locale and path_locale != locale:
        raise bad_input(f"`path` is in locale '{path_locale}' but `locale` is '{locale}'.")
    code = path_locale or locale or settings.LANGUAGE_CODE
    old_path = RedirectModel.normalise_path("/" + "/".join(slugs))
    # As the site's 404 handler: the path with its query string (`/?p=123`), then without.
    paths = list(dict.fromkeys([old_path, urlsplit(old_path).path or "/"]))
    candidates = RedirectModel.objects.filter(_site_filter(info), old_path__in=paths)
    redirect = (
        candidates.select_related("redirect_page")
        .order_by(Length("old_path").desc(), "site_id", "-pk")
        .first()
    )
    if redirect is None:
        return None
    if redirect.redirect_page_id is None:
        return _shown(redirect, None, _base_url(info)) if redirect.redirect_link else None
    target = (
        info.context.pages.visible(Page.objects.all())
        .filter(translation_key=redirect.redirect_page.translation_key, locale__language_code=code)
        .select_related("locale")
        .first()
    )
    return _shown(redirect, target, _base_url(info)) if target is not None else None


def redirect_nodes(info, pks: set[int]) -> dict[int, Redirect]:
    """The public redirects among `pks`, as `resolve_redirects` shows them (one query)."""
    redirects = _public_targets(info, RedirectModel.objects.filter(_site_filter(info)))
    rows = redirects.filter(pk__in=pks).select_related("redirect_page__locale")
    base_url = _base_url(info)
    return {
        row.pk: _shown(row, row.redirect_page, base_url)
        for row in rows
        if row.redirect_page_id or row.redirect_link
    }


def _decode_after(after: str) -> int:
    try:
        return int(base64.urlsafe_b64decode(after.encode()).decode().removeprefix("redirect:"))
    except (ValueError, binascii.Error, UnicodeError):
        raise bad_input("`after` is not a cursor returned by this API.") from None


def resolve_redirects(
    root, info, first: int | None = None, after: str | None = None, changed_since=None
) -> RedirectConnection:
    first = DEFAULT_PAGE_SIZE if first is None else first
    if not 1 <= first <= MAX_PAGE_SIZE:
        raise bad_input(f"`first` must be between 1 and {MAX_PAGE_SIZE}; got {first}.")
    redirects = _public_targets(info, RedirectModel.objects.filter(_site_filter(info)))
    if changed_since is not None:
        redirects = redirects.filter(created_at__gte=changed_since)
    if after:
        redirects = redirects.filter(pk__gt=_decode_after(after))
    rows = list(redirects.select_related("redirect_page__locale").order_by("pk")[: first + 1])
    base_url = _base_url(info)
    edges = [
        RedirectEdge(
            cursor=_cursor(redirect.pk), node=_shown(redirect, redirect.redirect_page, base_url)
        )
        for redirect in rows[:first]
        if redirect.redirect_page_id or redirect.redirect_link
    ]
    end = _cursor(rows[:first][-1].pk) if rows[:first] else None
    has_more = len(rows) > first
    page_info = PageInfo(
        has_next_page=has_more,
        has_previous_page=False,
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=end,
    )
    return RedirectConnection(
        edges=edges,
        page_info=page_info,
        nodes=[edge.node for edge in edges],
        end_cursor=end,
        has_more=has_more,
    )


def _cursor(pk: int) -> str:
    return base64.urlsafe_b64encode(f"redirect:{pk}".encode()).decode()


REDIRECT_FIELD = graphene.Field(
    Redirect,
    path=graphene.String(required=True, description="The frontend path that was not found."),
    locale=graphene.String(description="The language wanted, when the path has no prefix."),
    description="Where a missing path has moved to (for a frontend's 404 handler).",
)
REDIRECTS_FIELD = graphene.Field(
    RedirectConnection,
    required=True,
    first=graphene.Int(description=f"1 to {MAX_PAGE_SIZE} (default {DEFAULT_PAGE_SIZE})."),
    after=graphene.String(description="The `endCursor` of the previous page."),
    changed_since=graphene.DateTime(description="Only redirects created at or after this."),
    description="Every public redirect, oldest first, for build-time redirect tables.",
)
