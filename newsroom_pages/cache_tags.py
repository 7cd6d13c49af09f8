"""Cache tags: the names under which anything showing a page is cached, in a CDN or a
frontend, so that a change purges exactly what showed it. Declared here, in the domain, so the
publish webhooks (what changed) and the API's HTTP responses (what a response shows) use the
same names.

`page:<id>` is the page itself, `translations:<key>` every language version of it,
`newsitems` every listing and `newsitems:<kind>` the listings of one kind, `topic:<slug>` and
`country:<ISO>` the listings filtered by them.
"""

from wagtail.models import Page

LISTINGS = "newsitems"


def page_tag(page_id: int) -> str:
    return f"page:{page_id}"


def translations_tag(translation_key) -> str:
    return f"translations:{translation_key}"


def cache_tags(page: Page) -> list[str]:
    """Every tag a change to this page must purge (one query per relation)."""
    specific = page.specific
    tags = [page_tag(page.pk), translations_tag(page.translation_key)]
    kind = getattr(specific, "kind", None)
    if kind is not None:
        tags += [LISTINGS, f"{LISTINGS}:{kind}"]
        tags += [f"topic:{slug}" for slug in specific.topics.values_list("slug", flat=True)]
        tags += [
            f"country:{iso.upper()}"
            for iso in specific.countries.values_list("iso_code", flat=True)
        ]
    return sorted(set(tags))
