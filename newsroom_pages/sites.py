"""Which Wagtail Site a request is for, and where its pages are in the tree.

Each Site's root page exists once per locale (wagtail-localize copies it); the site's pages are
the ones below any of those roots. The mapping is kept in the shared cache and forgotten when a
site or a root page changes, so finding the site costs no query in steady state.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.http import HttpRequest
from django.http.request import split_domain_port
from wagtail.models import Page, Site

SITES_KEY = "newsroom:sites"


@dataclass(frozen=True)
class SiteScope:
    site_id: int
    hostname: str
    port: int
    is_default: bool
    root_key: str
    root_paths: tuple[str, ...]

    def contains(self, path: str) -> bool:
        return any(path.startswith(root) for root in self.root_paths)


def all_sites() -> list[SiteScope]:
    scopes = cache.get(SITES_KEY)
    if scopes is None:
        sites = list(Site.objects.select_related("root_page").order_by("pk"))
        keys = {site.root_page.translation_key for site in sites}
        roots: dict = {}
        for key, path in Page.objects.filter(translation_key__in=keys).values_list(
            "translation_key", "path"
        ):
            roots.setdefault(key, []).append(path)
        scopes = [
            SiteScope(
                site.pk,
                site.hostname,
                site.port,
                site.is_default_site,
                str(site.root_page.translation_key),
                tuple(sorted(roots.get(site.root_page.translation_key, [site.root_page.path]))),
            )
            for site in sites
        ]
        cache.set(SITES_KEY, scopes, timeout=None)
    return scopes


def forget_sites(sender=None, instance=None, **kwargs) -> None:
    """Connected to saves and deletes: a site, or a page that is (a translation of) a site's
    root, changes where the sites' pages are."""
    if isinstance(instance, Page):
        scopes = cache.get(SITES_KEY) or []
        if str(instance.translation_key) not in {scope.root_key for scope in scopes}:
            return
    elif not isinstance(instance, Site):
        return
    cache.delete(SITES_KEY)


def site_for_hostname(hostname: str, port: int | None = None) -> SiteScope | None:
    """As Wagtail matches a request: a unique hostname, else hostname and port, else none."""
    matching = [scope for scope in all_sites() if scope.hostname == hostname]
    if len(matching) == 1:
        return matching[0]
    return next((scope for scope in matching if scope.port == port), None)


def default_site() -> SiteScope | None:
    return next((scope for scope in all_sites() if scope.is_default), None)


def site_for_request(request: HttpRequest | None) -> SiteScope | None:
    """The request's Site (by its Host header), else the default Site."""
    if request is not None:
        hostname, port = split_domain_port(request.get_host())
        try:
            found = site_for_hostname(hostname, int(port) if port else request.get_port())
        except ValueError:
            found = None
        if found is not None:
            return found
    return default_site()
