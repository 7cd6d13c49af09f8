import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache(settings):
    settings.NEWSROOM_API_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()
