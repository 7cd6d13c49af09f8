import json

import pytest
from django.test import Client

from cms.api.http.contract import documents
from tests.factories import ImageFactory, PressReleasePageFactory


class GraphQLClient:
    def __init__(self) -> None:
        self.client = Client(HTTP_HOST="testserver")

    def post(self, query: str, variables: dict | None = None, **extra):
        """`extra`: more body fields (operationName, extensions) or HTTP_* headers."""
        headers = {name: value for name, value in extra.items() if name.startswith("HTTP_")}
        fields = {name: value for name, value in extra.items() if name not in headers}
        payload = {"query": query, "variables": variables or {}} | fields
        return self.client.post(
            "/graphql/", json.dumps(payload), content_type="application/json", **headers
        )

    def query(self, query: str, variables: dict | None = None) -> dict:
        response = self.post(query, variables)
        body = response.json()
        assert "errors" not in body, body["errors"]
        return body["data"]

    def operation(self, name: str, variables: dict | None = None) -> dict:
        """A committed operation with its shared fragments, as a frontend sends it."""
        return self.query(documents()[name], variables)


@pytest.fixture
def graphql(db) -> GraphQLClient:
    return GraphQLClient()


@pytest.fixture
def make_items(newsroom):
    """`n` live press releases, each with its own small credited hero image."""

    def make(n: int, **fields) -> list:
        return [
            PressReleasePageFactory(
                parent=newsroom,
                hero_image=ImageFactory(file__width=64, file__height=36),
                **fields,
            )
            for _ in range(n)
        ]

    return make


def listing_titles(data: dict) -> list[str]:
    return [edge["node"]["title"] for edge in data["newsItems"]["edges"]]


ITEM_FIELDS = "title urlPath"
NEWS_ITEMS = "query($first: Int, $search: String) { newsItems(first: $first, search: $search) { totalCount edges { node { title urlPath } } } }"
PAGE_BY_PATH = "query($path: String!) { page(urlPath: $path) { title } }"
