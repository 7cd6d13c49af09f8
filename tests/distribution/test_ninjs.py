"""`/ninjs/<locale>/<slug>.json`: each public news item as an IPTC ninjs 2.1 document that
IPTC's own schema accepts, over real HTTP with the response cache on; anything not public is a
404 that cannot be told from an unknown slug."""

import datetime
import re
import uuid

import pytest
import time_machine
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from cms.ninjs.body_html import RENDERERS
from newsroom_pages.blocks import NewsBodyBlock
from tests.factories import (
    CountryFactory,
    ImageFactory,
    PressReleasePageFactory,
    TopicFactory,
    notice,
)

from .conftest import FRONTEND
from .ninjs import errors

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]

RELEASE = "/ninjs/en/heavy-weaponry-tripoli.json"


@pytest.fixture(autouse=True)
def response_cache_on(settings):
    settings.NEWSROOM_API_CACHE_ENABLED = True


def document(http, path: str = RELEASE) -> dict:
    response = http(path)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("application/json")
    body = response.json()
    assert errors(body) == []
    return body


@pytest.fixture
def classified_release(public_newsroom):
    release = public_newsroom.release
    release.topics.add(TopicFactory(name="Freedom of assembly", slug="freedom-of-assembly"))
    release.countries.add(CountryFactory(name="Libya", iso_code="LY"))
    inline = ImageFactory(
        file__width=1600,
        file__height=1000,
        caption="A street in Tripoli.",
        credit="Photo by MAHMUD TURKIA/AFP via Getty Images",
        licence="Editorial use only; licensed from Getty Images until 2027.",
    )
    release.body = [
        ("paragraph", "<p>Witnesses described <b>gunfire</b>.</p>"),
        ("image", {"image": inline, "caption": ""}),
        ("quote", {"text": "Stop now.", "speaker": "Regional director", "role": ""}),
    ]
    release.save_revision().publish()
    return release


def test_the_schema_refuses_what_ninjs_does_not_allow():
    assert errors({"uri": "urn:uuid:1", "pubstatus": "deleted", "headline": "x"}) != []


def test_a_public_item_is_a_ninjs_document_with_every_field_agencies_need(http, classified_release):
    body = document(http)
    assert body["uri"].startswith("urn:uuid:")
    assert uuid.UUID(body["uri"].removeprefix("urn:uuid:")).version == 5
    assert body["standard"]["version"] == "2.1"
    assert body["version"] == "2"
    assert body["pubstatus"] == "usable"
    assert body["language"] == "en"
    published = Page.objects.get(pk=classified_release.pk).first_published_at
    assert datetime.datetime.fromisoformat(body["firstcreated"]) == published
    assert datetime.datetime.fromisoformat(body["versioncreated"]) >= published
    assert body["headlines"] == [
        {"role": "main", "contenttype": "text/plain", "value": classified_release.title}
    ]
    assert body["descriptions"] == [
        {"role": "summary", "contenttype": "text/plain", "value": classified_release.summary}
    ]
    assert body["subjects"] == [
        {"name": "Freedom of assembly", "rel": "topic", "literal": "freedom-of-assembly"},
        {"name": "Libya", "rel": "country", "literal": "LY"},
    ]
    assert body["altids"] == [
        {"role": "url", "value": f"{FRONTEND}/newsroom/heavy-weaponry-tripoli/"}
    ]


def test_the_body_is_html_with_every_photograph_credited(http, classified_release):
    (main,) = document(http)["bodies"]
    assert main["role"] == "main" and main["contenttype"] == "text/html"
    assert main["value"].startswith("<p>Witnesses described <b>gunfire</b>.</p><figure><img ")
    assert (
        '<figcaption>A street in Tripoli. <span class="credit">Photo by MAHMUD TURKIA/AFP via '
        "Getty Images</span></figcaption>"
    ) in main["value"]
    assert (
        "<blockquote><p>Stop now.</p><footer>Regional director</footer></blockquote>"
        in (main["value"])
    )
    assert main["wordcount"] > 5 and main["charcount"] > 20


def test_pictures_are_associations_with_byline_credit_terms_and_sized_renditions(
    http, classified_release
):
    hero, inline = document(http)["associations"]
    assert (hero["name"], inline["name"]) == ("featureimage", "image1")
    assert hero["type"] == "picture" and hero["uri"].startswith("urn:uuid:")
    assert hero["by"] == hero["copyrightnotice"] == "Photo by -/AFP via Getty Images"
    assert inline["usageterms"] == "Editorial use only; licensed from Getty Images until 2027."
    sizes = {r["name"]: (r["width"], r["height"]) for r in hero["renditions"]}
    assert sizes == {
        "thumbnail": (400, 225),
        "preview": (800, 450),
        "large": (1200, 675),
        "social": (1200, 630),
    }
    for rendition in hero["renditions"]:
        assert rendition["contenttype"].startswith("image/")
        assert http(rendition["href"].removeprefix(http.base_url)).status_code == 200


def test_the_uri_is_stable_across_versions_and_differs_between_languages(http, public_newsroom):
    first = document(http)
    release = public_newsroom.release
    release.title = "Heavy weaponry used against peaceful protesters"
    release.save_revision().publish()
    second = document(http)
    assert second["uri"] == first["uri"]
    assert int(second["version"]) == int(first["version"]) + 1
    arabic = document(http, "/ninjs/ar/heavy-weaponry-tripoli.json")
    assert arabic["language"] == "ar" and arabic["uri"] != first["uri"]
    assert uuid.UUID(arabic["uri"].removeprefix("urn:uuid:"))


def test_a_corrected_item_carries_its_notices_from_the_next_request(http, public_newsroom):
    assert "ednote" not in document(http)
    assert http(RELEASE).headers["X-Newsroom-Cache"] == "hit"
    release = public_newsroom.release
    noted = datetime.datetime(2026, 5, 6, 9, 30, tzinfo=datetime.UTC)
    release.notices = [notice("correction", noted, "<p>The date was wrong.</p>")]
    release.save_revision().publish()
    body = document(http)
    _main, notices = body["bodies"]
    assert notices["role"] == "notices"
    assert "<strong>Correction (2026-05-06T09:30:00+00:00)</strong>" in notices["value"]
    assert "<p>The date was wrong.</p>" in notices["value"]
    assert body["ednote"] == "Correction 2026-05-06T09:30:00+00:00: The date was wrong."


def test_every_body_block_type_has_an_html_rendering():
    assert set(RENDERERS) == set(NewsBodyBlock().child_blocks)


def not_found(http, path: str) -> None:
    response = http(path)
    assert response.status_code == 404, response.text
    assert response.json()["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert "no-store" in response.headers["Cache-Control"]


def test_drafts_expired_restricted_and_unpublished_items_are_not_found(http, newsroom):
    PressReleasePageFactory(parent=newsroom, slug="draft", live=False)
    PressReleasePageFactory(
        parent=newsroom, slug="expired", expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    restricted = PressReleasePageFactory(parent=newsroom, slug="restricted")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    unpublished = PressReleasePageFactory(parent=newsroom, slug="unpublished")
    unpublished.save_revision().publish()
    Page.objects.get(pk=unpublished.pk).specific.unpublish()
    for slug in ("draft", "expired", "restricted", "unpublished", "never-existed"):
        not_found(http, f"/ninjs/en/{slug}.json")


def test_an_item_under_embargo_is_not_served_until_its_moment(http, newsroom):
    moment = timezone.now() + datetime.timedelta(hours=1)
    page = PressReleasePageFactory(parent=newsroom, slug="embargoed", live=False, go_live_at=moment)
    page.save_revision().publish()
    not_found(http, "/ninjs/en/embargoed.json")
    with time_machine.travel(moment + datetime.timedelta(seconds=1)):
        assert document(http, "/ninjs/en/embargoed.json")["pubstatus"] == "usable"


def test_an_unknown_locale_is_a_coded_error(http, public_newsroom):
    response = http("/ninjs/xx/heavy-weaponry-tripoli.json")
    assert response.status_code == 404
    assert response.json()["errors"][0]["extensions"]["code"] == "UNKNOWN_LOCALE"


def test_links_in_the_body_are_absolute_on_the_public_website(http, public_newsroom, newsroom):
    release = public_newsroom.release
    report = public_newsroom.report
    release.body = [
        ("paragraph", f'<p>See <a linktype="page" id="{report.pk}">the report</a>.</p>')
    ]
    release.save_revision().publish()
    (main,) = document(http)["bodies"]
    assert re.search(rf'href="{FRONTEND}/newsroom/libya-cycle-of-abuses/"', main["value"])
