"""View restrictions on pages and collections, read once per request in a single query."""

from django.db.models import Value
from wagtail.models import CollectionViewRestriction, PageViewRestriction


class Restrictions:
    def __init__(self) -> None:
        self._paths: dict[str, list[str]] | None = None

    def _load(self) -> dict[str, list[str]]:
        if self._paths is None:
            pages = PageViewRestriction.objects.annotate(kind=Value("page")).values_list(
                "kind", "page__path"
            )
            collections = CollectionViewRestriction.objects.annotate(
                kind=Value("collection")
            ).values_list("kind", "collection__path")
            self._paths = {"page": [], "collection": []}
            for kind, path in pages.union(collections, all=True):
                self._paths[kind].append(path)
        return self._paths

    def page_paths(self) -> list[str]:
        return self._load()["page"]

    def collection_paths(self) -> list[str]:
        return self._load()["collection"]
