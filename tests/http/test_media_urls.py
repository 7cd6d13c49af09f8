"""Media and document URLs are absolute on the host the client reached: two ports give two
sets of URLs, each of which loads; a proxy's X-Forwarded-Host counts only when trusted."""

import feedparser
import pytest
import requests

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

HERO = """{ page(urlPath: "/newsroom/photo/") { ... on NewsItem { heroImage {
  rendition(width: 480) { url } srcSet(widths: [480, 800]) } } } }"""


def hero_urls(base_url: str, **headers) -> list[str]:
    response = requests.post(
        f"{base_url}/graphql/", json={"query": HERO}, headers=headers, timeout=30
    )
    image = response.json()["data"]["page"]["heroImage"]
    srcset = [entry.rsplit(" ", 1)[0] for entry in image["srcSet"].split(", ")]
    return [image["rendition"]["url"], *srcset]


def test_media_urls_follow_the_port_the_request_came_in_on_and_load(
    live_server, second_live_server, published_photo
):
    for server in (live_server, second_live_server):
        urls = hero_urls(server.url)
        assert all(url.startswith(f"{server.url}/media/images/") for url in urls), urls
        image = requests.get(urls[0], timeout=30)
        assert image.status_code == 200
        assert image.headers["Content-Type"].startswith("image/")


def test_the_response_cache_never_serves_one_host_the_other_hosts_urls(
    live_server, second_live_server, published_photo, settings
):
    settings.NEWSROOM_API_CACHE_ENABLED = True
    first = hero_urls(live_server.url)
    second = hero_urls(second_live_server.url)
    assert first[0].startswith(live_server.url)
    assert second[0].startswith(second_live_server.url)


def test_behind_a_trusted_proxy_urls_are_on_the_forwarded_host(
    live_server, published_photo, settings
):
    settings.USE_X_FORWARDED_HOST = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    urls = hero_urls(
        live_server.url, **{"X-Forwarded-Host": "cms.example.org", "X-Forwarded-Proto": "https"}
    )
    assert all(url.startswith("https://cms.example.org/media/images/") for url in urls), urls


def test_an_untrusted_forwarded_host_is_ignored(live_server, published_photo, settings):
    settings.USE_X_FORWARDED_HOST = False
    urls = hero_urls(live_server.url, **{"X-Forwarded-Host": "evil.example.net"})
    assert all(url.startswith(f"{live_server.url}/media/") for url in urls), urls


def test_a_forwarded_host_outside_allowed_hosts_is_refused(live_server, published_photo, settings):
    settings.USE_X_FORWARDED_HOST = True
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    response = requests.post(
        f"{live_server.url}/graphql/",
        json={"query": HERO},
        headers={"X-Forwarded-Host": "evil.example.net"},
        timeout=30,
    )
    assert response.status_code == 400
    assert "Traceback" not in response.text


def feed_image_urls(base_url: str) -> list[str]:
    """The hero image as each feed carries it: RSS and Atom `media:content`, Atom's enclosure,
    JSON Feed's `image`."""
    rss = feedparser.parse(requests.get(f"{base_url}/feeds/en/rss.xml", timeout=30).content)
    atom = feedparser.parse(requests.get(f"{base_url}/feeds/en/atom.xml", timeout=30).content)
    json_feed = requests.get(f"{base_url}/feeds/en/feed.json", timeout=30).json()
    return [
        rss.entries[0].media_content[0]["url"],
        atom.entries[0].media_content[0]["url"],
        atom.entries[0].enclosures[0]["href"],
        json_feed["items"][0]["image"],
    ]


def test_feed_images_are_on_the_host_the_feed_was_read_on_and_load(
    live_server, second_live_server, published_photo, settings
):
    settings.NEWSROOM_API_CACHE_ENABLED = True
    for server in (live_server, second_live_server):
        urls = feed_image_urls(server.url)
        assert all(url.startswith(f"{server.url}/media/images/") for url in urls), urls
        assert requests.get(urls[0], timeout=30).status_code == 200


def test_feed_images_stay_on_a_configured_media_host(live_server, published_photo, settings):
    settings.MEDIA_URL = "https://media.example.org/media/"
    urls = feed_image_urls(live_server.url)
    assert all(url.startswith("https://media.example.org/media/images/") for url in urls), urls
