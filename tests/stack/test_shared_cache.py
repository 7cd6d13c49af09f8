"""Every app instance shares one response cache and sees every publish at once."""

import uuid

import pytest

from tests.support.admin_browser import AdminBrowser

from .traffic import CACHE_HEADER, LISTING, graphql, listing_titles

pytestmark = pytest.mark.stack


def test_the_second_listing_request_is_a_cache_hit_whichever_instance_answers(stack):
    variables = {"first": 45, "locale": "en"}
    public_host = stack.url.split("://", 1)[1]  # as nginx forwards it to either instance
    first = graphql(stack.app_url(1), LISTING, variables, host=public_host)
    second = graphql(stack.app_url(2), LISTING, variables, host=public_host)
    through_nginx = graphql(stack.url, LISTING, variables)

    assert first.status_code == second.status_code == through_nginx.status_code == 200
    assert first.headers[CACHE_HEADER] == "miss"
    assert second.headers[CACHE_HEADER] == "hit"
    assert through_nginx.headers[CACHE_HEADER] == "hit"
    assert first.content == second.content == through_nginx.content


def test_a_publish_through_one_instances_admin_shows_in_the_next_read_through_the_other_and_nginx(
    stack, admin_login, newest_item
):
    listing_titles(stack.app_url(2))  # both cached before the publish
    listing_titles(stack.url)
    title = f"Published through the admin {uuid.uuid4().hex[:8]}"
    page_id = newest_item.retitle(title, publish=False)
    assert title not in listing_titles(stack.app_url(2))  # a draft is not public

    admin = AdminBrowser(stack.app_url(1))
    assert admin.login(*admin_login).status_code == 302
    path = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}"
    assert admin.request("GET", path).status_code == 200
    published = admin.post_form(path, {})
    assert published.status_code == 302, published.text[:1000]

    assert listing_titles(stack.app_url(2))[0] == title
    assert listing_titles(stack.url)[0] == title
