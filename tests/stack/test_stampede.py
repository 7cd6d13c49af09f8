"""Right after a publish, identical requests compute the response once, not once each."""

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from .traffic import CACHE_HEADER, LISTING, graphql

pytestmark = pytest.mark.stack

CLIENTS = 200


def test_200_concurrent_identical_requests_after_a_publish_execute_the_listing_at_most_once_per_instance(
    stack, newest_item
):
    variables = {"first": 20}
    assert graphql(stack.url, LISTING, variables).status_code == 200
    title = f"Published before a stampede {uuid.uuid4().hex[:8]}"
    newest_item.retitle(title, publish=True)
    start = threading.Barrier(CLIENTS)

    def client(_n: int) -> requests.Response:
        session = requests.Session()
        start.wait(timeout=60)
        return session.post(
            stack.url + "/graphql/", json={"query": LISTING, "variables": variables}, timeout=120
        )

    with ThreadPoolExecutor(CLIENTS) as pool:
        responses = list(pool.map(client, range(CLIENTS)))

    assert [r.status_code for r in responses] == [200] * CLIENTS
    assert all(title in r.text for r in responses)
    executed = sum(r.headers.get(CACHE_HEADER) == "miss" for r in responses)
    assert 1 <= executed <= stack.instances
