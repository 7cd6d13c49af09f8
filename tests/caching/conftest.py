import pytest
from django.core.cache import cache

from tests.api.conftest import GraphQLClient


@pytest.fixture(autouse=True)
def empty_cache(settings):
    settings.NEWSROOM_API_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def graphql(db) -> GraphQLClient:
    return GraphQLClient()
