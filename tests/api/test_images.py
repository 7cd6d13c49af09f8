"""Images travel with their credit; renditions come only from the allow-list."""

import re

import pytest

from tests.factories import ImageFactory, PressReleasePageFactory

pytestmark = pytest.mark.django_db

HERO = """query($path: String!, $width: Int, $height: Int, $fill: Boolean, $format: ImageFormat,
  $quality: Int) {
  page(urlPath: $path) { ... on NewsItem { heroImage {
    alt credit licence caption width height
    rendition(width: $width, height: $height, fill: $fill, format: $format, quality: $quality) {
      url width height format alt credit licence snapped requestedWidth requestedHeight
    }
  } } }
}"""


@pytest.fixture
def item(newsroom):
    image = ImageFactory(
        file__width=1600,
        file__height=900,
        alt_text="Sandy street with damaged car moving on it",
        credit="Photo by MAHMUD TURKIA/AFP via Getty Images",
        licence="Editorial use only",
    )
    return PressReleasePageFactory(parent=newsroom, slug="photo", hero_image=image)


def hero(graphql, **arguments):
    return graphql.post(HERO, {"path": "/newsroom/photo/", **arguments}).json()


def test_a_rendition_carries_the_credit_alt_text_and_licence(graphql, item):
    data = hero(graphql, width=800, height=450, fill=True, format="WEBP")["data"]
    rendition = data["page"]["heroImage"]["rendition"]
    assert rendition["credit"] == "Photo by MAHMUD TURKIA/AFP via Getty Images"
    assert rendition["alt"] == "Sandy street with damaged car moving on it"
    assert rendition["licence"] == "Editorial use only"
    assert (rendition["width"], rendition["height"], rendition["format"]) == (800, 450, "WEBP")


def test_rendition_urls_are_absolute_on_the_host_the_request_came_in_on(graphql, item):
    rendition = hero(graphql, width=480)["data"]["page"]["heroImage"]["rendition"]
    assert re.fullmatch(
        r"http://testserver/media/images/.+\.width-480\.(jpg|png)", rendition["url"]
    )


def test_a_size_inside_the_allow_list_is_served_as_asked(graphql, item):
    rendition = hero(graphql, width=800)["data"]["page"]["heroImage"]["rendition"]
    assert (rendition["width"], rendition["snapped"], rendition["requestedWidth"]) == (
        800,
        False,
        800,
    )


@pytest.mark.parametrize(
    ("arguments", "served"),
    [
        ({"width": 801}, (800, None)),
        ({"width": 5000}, (2400, None)),  # capped by the original (1600) once rendered
        ({"width": 803, "height": 449, "fill": True}, (800, 450)),
        ({"width": 800, "format": "JPEG", "quality": 13}, (800, None)),
    ],
    ids=["width", "too-wide", "fill", "quality"],
)
def test_a_size_or_quality_outside_the_allow_list_snaps_to_the_nearest_and_says_so(
    graphql, item, arguments, served
):
    body = hero(graphql, **arguments)
    assert "errors" not in body
    rendition = body["data"]["page"]["heroImage"]["rendition"]
    assert rendition["snapped"] is True
    assert rendition["requestedWidth"] == arguments["width"]
    assert (
        f".width-{served[0]}." in rendition["url"]
        or f"fill-{served[0]}x{served[1]}" in (rendition["url"])
    )
    assert rendition["width"] == min(served[0], 1600)


def test_two_equally_near_sizes_snap_to_the_larger(graphql, item):
    between_768_and_800 = 784
    rendition = hero(graphql, width=between_768_and_800)["data"]["page"]["heroImage"]["rendition"]
    assert ".width-800." in rendition["url"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"width": 800, "fill": True}, "fill needs both a width and a height."),
        (
            {"width": 800, "format": "PNG", "quality": 80},
            "quality applies to the JPEG, WEBP and AVIF",
        ),
        ({"width": 0}, "0 is not a size or quality"),
    ],
    ids=["fill", "png-quality", "zero"],
)
def test_a_rendition_that_cannot_be_served_fails_alone_and_keeps_alt_text_and_credit(
    graphql, item, arguments, message
):
    body = hero(graphql, **arguments)
    assert body["errors"][0]["message"].startswith(message)
    assert body["errors"][0]["extensions"]["code"] == "RENDITION_NOT_ALLOWED"
    hero_image = body["data"]["page"]["heroImage"]
    assert hero_image["rendition"] is None
    assert hero_image["alt"] == "Sandy street with damaged car moving on it"
    assert hero_image["credit"] == "Photo by MAHMUD TURKIA/AFP via Getty Images"
    assert not item.hero_image.renditions.exists()


def src_set(graphql, widths: str) -> list[tuple[str, str]]:
    data = graphql.query(
        '{ page(urlPath: "/newsroom/photo/") { ... on NewsItem { heroImage {'
        f" srcSet(widths: {widths}, format: WEBP) }} }} }} }}"
    )
    return [
        tuple(entry.rsplit(" ", 1)) for entry in data["page"]["heroImage"]["srcSet"].split(", ")
    ]


def test_src_set_lists_each_width_with_its_absolute_url(graphql, item):
    entries = src_set(graphql, "[480, 800]")
    assert [descriptor for _, descriptor in entries] == ["480w", "800w"]
    assert all(url.startswith("http://testserver/media/images/") for url, _ in entries)


def test_src_set_never_upscales_nor_repeats_a_descriptor(graphql, item):
    entries = src_set(graphql, "[800, 1600, 2400]")
    assert [descriptor for _, descriptor in entries] == ["800w", "1600w"]


def test_src_set_snaps_widths_and_lists_them_ascending_once(graphql, item):
    entries = src_set(graphql, "[1210, 479, 1200, 480]")
    assert [descriptor for _, descriptor in entries] == ["480w", "1200w"]


def test_src_set_on_an_original_between_allowed_sizes_ends_at_the_original_width(graphql, newsroom):
    image = ImageFactory(file__width=1000, file__height=500)
    PressReleasePageFactory(parent=newsroom, slug="photo", hero_image=image)
    entries = src_set(graphql, "[480, 1200, 2400]")
    assert [descriptor for _, descriptor in entries] == ["480w", "1000w"]


def test_a_decorative_image_has_empty_alt_text(graphql, newsroom):
    image = ImageFactory(alt_text="", is_decorative=True)
    PressReleasePageFactory(parent=newsroom, slug="decor", hero_image=image)
    data = graphql.query(
        '{ page(urlPath: "/newsroom/decor/") { ... on NewsItem { heroImage { alt isDecorative } } } }'
    )
    assert data["page"]["heroImage"] == {"alt": "", "isDecorative": True}
