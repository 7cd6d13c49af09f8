"""What is measured, as requests: our API, Wagtail's REST API v2 and v3, and grapple.

Our API is read from `frontend_contract/operations/` at run time, so the bench measures
whatever operations the frontends really run ("full contract"); until they and `/graphql/`
exist, the target reports why it is unavailable instead of failing the run. Beside it, one
variant of our API per peer reads `bench/operations/<Op>As<Peer>.graphql`, which select what
that peer returns ("equal fields": `ours=rest-v2` against `rest-v2`).
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphql import (
    ArgumentNode,
    GraphQLError,
    IntValueNode,
    NonNullTypeNode,
    OperationDefinitionNode,
    parse,
    print_ast,
    visit,
)
from graphql.language.visitor import Visitor

from cms.api.http.contract import FRAGMENTS_DIR, OPERATIONS_DIR, ContractError, assemble, fragments

from . import grapple

EQUAL_OPERATIONS_DIR = Path(__file__).resolve().parent / "operations"
LISTING_FILE, ARTICLE_FILE = "NewsListing.graphql", "Article.graphql"
OURS = "ours"
REST_LISTING_FIELDS = (
    "_,id,title,url_path,kind,publication_date,summary,hero_image,topics,countries"
)
REST_ARTICLE_FIELDS = "_,id,title,url_path,kind,publication_date,summary,hero_image,topics,countries,body,related_items"


@dataclass(frozen=True)
class Sample:
    """What the requests ask for: the page size of the listing and the article to read."""

    page_size: int
    article_id: int
    article_path: str  # the frontend path, e.g. /newsroom/bench-item-999/
    article_url_path: str  # Wagtail's tree path, e.g. /home/newsroom/bench-item-999/


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Target:
    name: str
    listing: Callable[[Sample], Request]
    article: Callable[[Sample], Request]
    listing_items: Callable[[dict], int]
    cached_path: str | None = None
    peer: str | None = None  # for our equal-field variants: the peer whose fields they select

    @property
    def is_ours(self) -> bool:
        return self.name == OURS or self.peer is not None


class Unavailable(Exception):
    """The target cannot be measured (yet); the message says why."""


def graphql_request(path: str, query: str, variables: dict, operation_name: str | None = None):
    body = {"query": query, "variables": variables}
    if operation_name:
        body["operationName"] = operation_name
    return Request("POST", path, body=body)


REST = Target(
    name="rest-v2",
    listing=lambda s: Request(
        "GET",
        "/rest/pages/",
        {
            "type": "newsroom_pages.NewsItemPage",
            "fields": REST_LISTING_FIELDS,
            "order": "-publication_date",
            "limit": str(s.page_size),
        },
    ),
    article=lambda s: Request(
        "GET", f"/rest/pages/{s.article_id}/", {"fields": REST_ARTICLE_FIELDS}
    ),
    listing_items=lambda payload: len(payload["items"]),
)

REST_V3 = Target(
    name="rest-v3",
    listing=lambda s: Request(
        "GET",
        "/rest-v3/pages/",
        {
            "type": "newsroom_pages.NewsItemPage",
            "order": "-publication_date",
            "limit": str(s.page_size),
        },
    ),
    article=lambda s: Request("GET", f"/rest-v3/pages/{s.article_id}/"),
    listing_items=lambda payload: len(payload["items"]),
)

GRAPPLE = Target(
    name="grapple",
    listing=lambda s: graphql_request("/grapple/graphql/", grapple.LISTING, {"limit": s.page_size}),
    article=lambda s: graphql_request(
        "/grapple/graphql/", grapple.ARTICLE, {"urlPath": s.article_path}
    ),
    listing_items=lambda payload: len(payload["data"]["pages"]),
)


@dataclass(frozen=True)
class Operation:
    text: str
    name: str | None
    variables: tuple[tuple[str, bool], ...]  # (name, required)


def load_operation(filename: str, directory: Path | None = None) -> Operation:
    path = (directory or OPERATIONS_DIR) / filename
    if not path.exists():
        raise Unavailable(f"{path.parent.name}/{filename} does not exist yet")
    try:
        document = parse(path.read_text())
    except GraphQLError as error:
        raise Unavailable(f"{filename} does not parse: {error.message}") from error
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if not operations:
        raise Unavailable(f"{filename} holds no operation")
    operation = operations[0]
    own = {d.name.value: d for d in document.definitions if d.kind == "fragment_definition"}
    try:
        shared = fragments(FRAGMENTS_DIR)
        if directory == EQUAL_OPERATIONS_DIR:
            shared |= fragments(EQUAL_OPERATIONS_DIR / "fragments")
        document = assemble(operation, {**shared, **own})
    except ContractError as error:
        raise Unavailable(f"{filename}: {error}") from error
    variables = tuple(
        (
            definition.variable.name.value,
            isinstance(definition.type, NonNullTypeNode) and definition.default_value is None,
        )
        for definition in operation.variable_definitions or ()
    )
    name = operation.name.value if operation.name else None
    return Operation(print_ast(document), name, variables)


class _PageSizeLiteral(Visitor):
    """Replaces a literal `first:` argument so our listing returns as many items as the peers."""

    def __init__(self, page_size: int) -> None:
        super().__init__()
        self.page_size = page_size

    def enter_argument(self, node: ArgumentNode, *_args):
        if node.name.value == "first" and isinstance(node.value, IntValueNode):
            return ArgumentNode(name=node.name, value=IntValueNode(value=str(self.page_size)))
        return None


def bind_variables(operation: Operation, values: dict[str, Any]) -> dict[str, Any]:
    bound = {}
    for name, required in operation.variables:
        if name in values:
            bound[name] = values[name]
        elif required:
            raise Unavailable(f"the bench has no value for the required variable ${name}")
    return bound


PEERS = (REST, REST_V3, GRAPPLE)
EQUAL_FILE_SUFFIX = {"rest-v2": "AsRest", "rest-v3": "AsRestV3", "grapple": "AsGrapple"}


def ours_target() -> Target:
    """Our API, from the operation files; raises `Unavailable` when they are missing."""
    return _ours(OURS, load_operation(LISTING_FILE), load_operation(ARTICLE_FILE))


def ours_as(peer: str) -> Target:
    """Our API selecting what `peer` returns (bench/operations/ListingAs….graphql)."""
    suffix = EQUAL_FILE_SUFFIX[peer]
    listing_op = load_operation(f"Listing{suffix}.graphql", EQUAL_OPERATIONS_DIR)
    article_op = load_operation(f"Article{suffix}.graphql", EQUAL_OPERATIONS_DIR)
    return _ours(f"{OURS}={peer}", listing_op, article_op, peer)


def _ours(name: str, listing_op: Operation, article_op: Operation, peer: str | None = None):

    def listing(sample: Sample) -> Request:
        text = print_ast(visit(parse(listing_op.text), _PageSizeLiteral(sample.page_size)))
        values = {"first": sample.page_size, "limit": sample.page_size, "locale": "en"}
        return graphql_request(
            "/graphql/", text, bind_variables(listing_op, values), listing_op.name
        )

    def article(sample: Sample) -> Request:
        values = {"urlPath": sample.article_path, "path": sample.article_path, "locale": "en"}
        variables = bind_variables(article_op, values)
        return graphql_request("/graphql/", article_op.text, variables, article_op.name)

    return Target(
        name=name,
        listing=listing,
        article=article,
        listing_items=lambda payload: len(payload["data"]["newsItems"]["edges"]),
        cached_path=None if peer else "/graphql/",
        peer=peer,
    )


def request_json(request: Request) -> str:
    return json.dumps(request.body, separators=(",", ":"))
