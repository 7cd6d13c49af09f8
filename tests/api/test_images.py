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
      url width height format alt credit licence
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


def test_rendition_urls_are_absolute_public_media_urls(graphql, item):
    rendition = hero(graphql, width=480)["data"]["page"]["heroImage"]["rendition"]
    assert re.fullmatch(
        r"http://testserver/media/images/.+\.width-480\.(jpg|png)", rendition["url"]
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"width": 801}, "width 801 is not an allowed rendition size"),
        ({"height": 5000}, "height 5000 is not an allowed rendition size"),
        ({"width": 800, "fill": True}, "fill needs both a width and a height."),
        (
            {"width": 800, "format": "PNG", "quality": 80},
            "quality applies to the JPEG, WEBP and AVIF",
        ),
        ({"width": 800, "format": "JPEG", "quality": 13}, "quality 13 is not allowed"),
    ],
    ids=["width", "height", "fill", "png-quality", "quality"],
)
def test_renditions_outside_the_allow_list_are_refused(graphql, item, arguments, message):
    body = hero(graphql, **arguments)
    assert body["errors"][0]["message"].startswith(message)
    assert body["data"]["page"]["heroImage"] is None
    assert not item.hero_image.renditions.exists()


def test_src_set_lists_each_width_with_its_absolute_url(graphql, item):
    data = graphql.query(
        '{ page(urlPath: "/newsroom/photo/") { ... on NewsItem { heroImage {'
        " srcSet(widths: [480, 800], format: WEBP) } } } }"
    )
    entries = data["page"]["heroImage"]["srcSet"].split(", ")
    assert [entry.rsplit(" ", 1)[1] for entry in entries] == ["480w", "800w"]
    assert all(entry.startswith("http://testserver/media/images/") for entry in entries)


def test_a_decorative_image_has_empty_alt_text(graphql, newsroom):
    image = ImageFactory(alt_text="", is_decorative=True)
    PressReleasePageFactory(parent=newsroom, slug="decor", hero_image=image)
    data = graphql.query(
        '{ page(urlPath: "/newsroom/decor/") { ... on NewsItem { heroImage { alt isDecorative } } } }'
    )
    assert data["page"]["heroImage"] == {"alt": "", "isDecorative": True}
