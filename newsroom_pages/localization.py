"""Locales as frontends see them: paths that carry the locale, text direction, translations.

Wagtail keeps one page tree per locale: the default site's root page (the home page) has a
translated copy or an alias in every locale, and a page's Wagtail `url_path` starts with its
locale root's (`/home/newsroom/x/`, `/home-ar/newsroom/x/`). Frontends never see those roots:
the default locale is served at `/newsroom/x/`, every other locale under its code,
`/ar/newsroom/x/`. The API resolves the same paths back, so the two directions live here.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, TypeVar

from django.db.models import Q, QuerySet
from django.utils.translation import get_language_info
from wagtail.coreutils import get_content_languages, get_supported_content_language_variant
from wagtail.models import Page, PageQuerySet, Site, TranslatableMixin

Direction = Literal["LTR", "RTL"]
T = TypeVar("T", bound=TranslatableMixin)


def default_locale_code() -> str:
    from django.conf import settings

    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def locale_direction(code: str) -> Direction:
    """From Django's language table (`bidi`), so any right-to-left locale added later is right."""
    try:
        return "RTL" if get_language_info(code)["bidi"] else "LTR"
    except KeyError:
        return "LTR"


@dataclass(frozen=True)
class LocaleRoots:
    """The site root of each locale, loaded once so that paths for a whole listing cost no
    query per page."""

    default_code: str
    url_path_by_code: dict[str, str]
    code_by_locale_id: dict[int, str]

    @classmethod
    def load(cls, site: Site | None = None) -> "LocaleRoots":
        site = site or Site.objects.select_related("root_page").get(is_default_site=True)
        roots = Page.objects.filter(
            translation_key=site.root_page.translation_key, depth=site.root_page.depth
        ).select_related("locale")
        return cls(
            default_code=default_locale_code(),
            url_path_by_code={root.locale.language_code: root.url_path for root in roots},
            code_by_locale_id={root.locale_id: root.locale.language_code for root in roots},
        )

    def frontend_path(self, page: Page) -> str | None:
        """None when the page is not under its locale's site root (another site, the tree root)."""
        code = self.code_by_locale_id.get(page.locale_id)
        root_path = self.url_path_by_code.get(code) if code else None
        if root_path is None or not page.url_path.startswith(root_path):
            return None
        relative = page.url_path[len(root_path) - 1 :]
        return relative if code == self.default_code else f"/{code}{relative}"

    def resolve(self, path: str) -> tuple[str, str | None]:
        """(locale code, Wagtail url_path); the url_path is None when that locale has no tree."""
        segments = [segment for segment in path.strip().split("/") if segment]
        code = self.default_code
        if segments and segments[0] != self.default_code and segments[0] in content_codes():
            code, segments = segments[0], segments[1:]
        root_path = self.url_path_by_code.get(code)
        if root_path is None:
            return code, None
        return code, root_path + "".join(f"{segment}/" for segment in segments)


def content_codes() -> set[str]:
    return set(get_content_languages())


def frontend_path(page: Page, roots: LocaleRoots | None = None) -> str | None:
    """`/newsroom/<slug>/` in the default locale, `/<code>/newsroom/<slug>/` otherwise.

    Pass `roots` (LocaleRoots.load()) when computing paths for many pages."""
    return (roots or LocaleRoots.load()).frontend_path(page)


def resolve_frontend_path(path: str, roots: LocaleRoots | None = None) -> tuple[str, str | None]:
    """The inverse of `frontend_path`: `/ar/newsroom/x/` -> ("ar", "/home-ar/newsroom/x/")."""
    return (roots or LocaleRoots.load()).resolve(path)


def page_at_frontend_path(path: str, queryset: PageQuerySet | None = None) -> Page | None:
    """The page a frontend path names, looked up in `queryset` (pass the visible pages)."""
    code, url_path = resolve_frontend_path(path)
    if url_path is None:
        return None
    queryset = Page.objects.all() if queryset is None else queryset
    return queryset.filter(locale__language_code=code, url_path=url_path).first()


def exclude_aliases(queryset: QuerySet) -> QuerySet:
    """wagtail-localize fills other locales' trees with aliases of untranslated pages; they
    show the source text and must never be offered as translations."""
    return queryset.filter(alias_of__isnull=True)


def live_translations(page: Page, *, inclusive: bool = False) -> PageQuerySet:
    """Published, public, real translations of `page` in other locales, by locale code."""
    translations = page.get_translations(inclusive=inclusive).live().public()
    return exclude_aliases(translations).select_related("locale").order_by("locale__language_code")


def in_locale(queryset: QuerySet, code: str, *, fallback: bool = False) -> QuerySet:
    """Pages of `queryset` in locale `code`; with `fallback`, the default-locale page wherever no
    page of that locale exists in `queryset`. Pass the visible pages: an unpublished
    translation then does not hide its published source."""
    translated = exclude_aliases(queryset.filter(locale__language_code=code))
    default_code = default_locale_code()
    if not fallback or code == default_code:
        return translated
    untranslated_sources = exclude_aliases(
        queryset.filter(locale__language_code=default_code)
    ).exclude(translation_key__in=translated.values("translation_key"))
    return queryset.filter(
        Q(pk__in=translated.values("pk")) | Q(pk__in=untranslated_sources.values("pk"))
    )


def localize_instances(instances: Iterable[T], code: str) -> list[T]:
    """Each snippet in locale `code` where translated, else as given; one query per model.

    Translated pages keep pointing at the source locale's topics and countries (wagtail-localize
    synchronises many-to-many fields as they are), so the API localizes them on the way out."""
    instances = list(instances)
    translations: dict[tuple[type, object], T] = {}
    for model in {type(instance) for instance in instances}:
        keys = [instance.translation_key for instance in instances if type(instance) is model]
        for translation in model.objects.filter(
            translation_key__in=keys, locale__language_code=code
        ):
            translations[(model, translation.translation_key)] = translation
    return [translations.get((type(i), i.translation_key), i) for i in instances]
