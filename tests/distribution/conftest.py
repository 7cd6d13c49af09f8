"""A small public newsroom in English and Arabic, served over real HTTP by the live server."""

import datetime
import json
import urllib.error
import urllib.request
from dataclasses import dataclass

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page

from tests.factories import ImageFactory, PressReleasePageFactory, ReportPageFactory

FRONTEND = "https://www.example.org"


@pytest.fixture(autouse=True)
def frontend(settings) -> str:
    settings.NEWSROOM_FRONTEND_BASE_URL = FRONTEND
    settings.NEWSROOM_PUBLISHER_NAME = "Example Rights"
    return FRONTEND


@pytest.fixture
def arabic(db) -> Locale:
    return Locale.objects.get_or_create(language_code="ar")[0]


def publish_translation(page: Page, locale: Locale, title: str) -> Page:
    translation = page.copy_for_translation(locale, copy_parents=True)
    translation.title = title
    translation.save_revision().publish()
    for ancestor in translation.get_ancestors().filter(depth__gt=1, live=False):
        ancestor.specific.save_revision().publish()
    return Page.objects.get(pk=translation.pk).specific


@dataclass
class Newsroom:
    release: Page
    report: Page
    release_ar: Page


@pytest.fixture
def public_newsroom(newsroom, arabic) -> Newsroom:
    today = timezone.now().date()
    release = PressReleasePageFactory(
        parent=newsroom,
        title="Heavy weaponry used in Libya to disperse peaceful protesters demanding economic rights",
        slug="heavy-weaponry-tripoli",
        publication_date=today,
        summary="At least six peaceful protesters were abducted.",
        hero_image=ImageFactory(
            file__width=1600,
            file__height=900,
            alt_text="6 men stand around a grave with shovels",
            credit="Photo by -/AFP via Getty Images",
        ),
    )
    report = ReportPageFactory(
        parent=newsroom,
        title="New evidence shows refugees and migrants in Libya trapped in horrific cycle of abuses",
        slug="libya-cycle-of-abuses",
        publication_date=today - datetime.timedelta(days=10),
    )
    for page in (release, report):
        page.save_revision().publish()
    release_ar = publish_translation(release, arabic, "أسلحة ثقيلة لتفريق المحتجين السلميين")
    return Newsroom(release=release, report=report, release_ar=release_ar)


@pytest.fixture
def restorable_database() -> None:
    """Live-server tests flush the database afterwards; the next one restores the migrated
    rows (root page, site, locales) from Django's serialized copy, taken here if an ordinary
    test set the database up first (as tests/browser does)."""
    from django.db import connections

    connection = connections["default"]
    if not hasattr(connection, "_test_serialized_contents"):
        connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@dataclass
class Response:
    status_code: int
    headers: dict
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode()

    def json(self):
        return json.loads(self.content)


@pytest.fixture
def http(restorable_database, live_server):
    """GET against the live server, as a feed reader or crawler does (urllib, no redirects
    followed, error statuses returned rather than raised)."""

    def get(path: str, **headers) -> Response:
        request = urllib.request.Request(live_server.url + path, headers=headers)  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310 (loopback)
                return Response(answer.status, answer.headers, answer.read())
        except urllib.error.HTTPError as error:
            return Response(error.code, error.headers, error.read())

    get.base_url = live_server.url
    return get
