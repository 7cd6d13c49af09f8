import pytest

from cms.search import query
from tests.api.conftest import GraphQLClient


@pytest.fixture
def found():
    """Page ids that search finds for `text` in locale `code`, best first."""

    def search(text: str, code: str = "en") -> list[int]:
        return [hit.page_id for hit in query.ranked(text, [code])]

    return search


@pytest.fixture
def graphql(db) -> GraphQLClient:
    return GraphQLClient()
