"""What clients see while a part of the stack fails, and that it recovers by itself."""

import json
import re
import time

import pytest

from cms.db.availability import UNAVAILABLE_CODE
from cms.media.faults import STORAGE_UNAVAILABLE_MESSAGE
from tests.media.uploads import CREDIT, image_bytes
from tests.support.admin_browser import AdminBrowser

from .traffic import (
    ARTICLE,
    CACHE_HEADER,
    LISTING,
    CountingEndpoint,
    Traffic,
    graphql,
    wait_until,
)

pytestmark = pytest.mark.stack


def _grow(load: Traffic, by: int, timeout: float = 90) -> None:
    target = len(load.outcomes) + by
    assert wait_until(lambda: len(load.outcomes) >= target, timeout), "traffic stalled"


def test_with_redis_killed_mid_load_the_api_answers_uncached_and_caches_again_once_it_is_back(
    stack,
):
    redis = stack.processes["redis"]
    with Traffic(stack.url, lambda n: (LISTING, {"first": 1 + n % 5}), threads=4) as load:
        _grow(load, 20)
        redis.kill()
        _grow(load, 60)
        redis.start()
        _grow(load, 20)

    assert load.failures() == []
    assert wait_until(
        lambda: graphql(stack.url, LISTING, {"first": 2}).headers.get(CACHE_HEADER) == "hit", 30
    )
    logs = stack.processes["app-1"].tail(10**6) + stack.processes["app-2"].tail(10**6)
    outages = re.findall(r"Redis unreachable \(pid (\d+)\)", logs)
    assert outages, "the outage was not logged"
    assert len(outages) == len(set(outages))  # once per outage and process
    assert "Redis reachable again" in logs


def test_a_primary_restart_mid_load_answers_only_503_with_retry_after_and_then_recovers(stack):
    stack.replica.stop()  # every read on the primary
    try:
        misses = lambda n: (ARTICLE, {"urlPath": f"/newsroom/restart-{n}/"})  # noqa: E731
        with Traffic(stack.url, misses, threads=4) as load:
            _grow(load, 20)
            stack.primary.stop()
            time.sleep(2)
            stack.primary.start()
            _grow(load, 40)
    finally:
        stack.replica.start()

    statuses = load.statuses()
    assert set(statuses) <= {200, 503}, statuses
    unavailable = [o for o in load.outcomes if o.status == 503]
    assert unavailable, "the restart window was not observed"
    for outcome in unavailable:
        assert outcome.headers["Retry-After"] == "5"
        errors = json.loads(outcome.body)["errors"]
        assert errors[0]["extensions"]["code"] == UNAVAILABLE_CODE
    assert all(o.status == 200 for o in load.outcomes[-20:])


def test_with_s3_stopped_reads_make_no_s3_call_and_uploads_are_refused_keeping_nothing(
    stack, admin_login
):
    listing_variables = {"first": 13}
    article_path = graphql(stack.url, LISTING, listing_variables).json()["data"]["newsItems"][
        "edges"
    ][0]["node"]["urlPath"]
    graphql(stack.url, ARTICLE, {"urlPath": article_path})  # renditions exist from here on
    images_before = _image_count(stack)
    stack.processes["s3"].stop()
    try:
        s3 = CountingEndpoint(stack.s3_port)
        listing = graphql(stack.url, LISTING, {**listing_variables, "locale": "en"})
        article = graphql(stack.url, ARTICLE, {"urlPath": article_path, "locale": "en"})
        s3.close()  # from here on the endpoint refuses connections, as a stopped S3 does
        assert s3.connections == 0
        for response in (listing, article):
            assert response.status_code == 200
            assert not response.json().get("errors")
            assert response.headers[CACHE_HEADER] == "miss"
        assert '"card":{"url"' in listing.text and stack.s3_url in listing.text

        admin = AdminBrowser(stack.url)
        assert admin.login(*admin_login).status_code == 302
        admin.request("GET", "/admin/images/add/")
        refused = admin.post_form(
            "/admin/images/add/",
            {"title": "Refused", "alt_text": "A square", "credit": CREDIT, "collection": "1"},
            files={"file": ("refused.jpg", image_bytes("JPEG", (800, 600)), "image/jpeg")},
        )
        assert refused.status_code == 302
        shown = admin.request("GET", refused.headers["Location"])
        assert STORAGE_UNAVAILABLE_MESSAGE in shown.text.replace("&#x27;", "'")
        assert _image_count(stack) == images_before
    finally:
        stack.processes["s3"].start()


def test_one_app_instance_sigkilled_under_load_loses_no_request(stack):
    def mixed(n: int) -> tuple[str, dict]:
        if n % 2:
            return LISTING, {"first": 5}
        return ARTICLE, {"urlPath": f"/newsroom/kill-{n}/"}

    app = stack.processes["app-1"]
    try:
        with Traffic(stack.url, mixed, threads=6) as load:
            _grow(load, 30)
            app.kill()
            _grow(load, 120)
    finally:
        app.start()
        stack.wait_healthy()

    assert len(load.outcomes) >= 150
    assert load.failures() == []


def _image_count(stack) -> int:
    output = stack.shell(
        "from wagtail.images import get_image_model\nprint(get_image_model().objects.count())\n"
    )
    return int(output.strip().splitlines()[-1])
