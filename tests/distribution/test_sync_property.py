"""Property: for any sequence of editorial actions, a mirror that applies every sync page holds
exactly the public newsroom pages (id, locale, urlPath, lastPublishedAt) after every step."""

import datetime
import itertools

import pytest
import time_machine
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Locale, Page, PageViewRestriction

from cms.api.core.identity import global_id
from newsroom_pages.pages import NewsItemPage, NewsroomIndexPage
from newsroom_pages.paths import frontend_path
from tests.factories import NewsroomIndexPageFactory, PressReleasePageFactory, ReportPageFactory

from .sync_mirror import Mirror

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

START = datetime.datetime(2026, 3, 1, 9, 0, tzinfo=datetime.UTC)
MINUTE = datetime.timedelta(minutes=1)


def public_newsroom() -> dict[str, tuple[str, str, datetime.datetime | None]]:
    """The oracle, written independently of the API: walk every page and apply the rules."""
    now = timezone.now()
    restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    expected = {}
    for page in Page.objects.select_related("locale").specific():
        if not isinstance(page, NewsroomIndexPage | NewsItemPage):
            continue
        if not page.live or page.alias_of_id or (page.expire_at and page.expire_at <= now):
            continue
        if any(page.path.startswith(path) for path in restricted):
            continue
        if isinstance(page, NewsItemPage) and not isinstance(
            page.get_parent().specific, NewsroomIndexPage
        ):
            continue
        expected[global_id("Page", page.pk)] = (
            page.locale.language_code,
            frontend_path(page),
            page.last_published_at,
        )
    return expected


class Newsroom:
    """The editorial actions, each as an editor or the scheduler performs it."""

    def __init__(self, clock) -> None:
        self.clock = clock
        home = Page.objects.get(depth=2, locale=Locale.get_default())
        self.home = home
        self.indexes = [
            NewsroomIndexPageFactory(parent=home, slug="newsroom", title="Newsroom"),
            NewsroomIndexPageFactory(parent=home, slug="archive", title="Archive"),
        ]
        self.arabic = Locale.objects.get_or_create(language_code="ar")[0]
        ar_index = self.indexes[0].copy_for_translation(self.arabic, copy_parents=True)
        ar_index.save_revision().publish()
        for ancestor in ar_index.get_ancestors().filter(depth__gt=1, live=False):
            ancestor.specific.save_revision().publish()
        self.serial = itertools.count()

    def items(self) -> list[NewsItemPage]:
        return list(NewsItemPage.objects.order_by("pk"))

    def pick(self, index: int) -> NewsItemPage | None:
        items = self.items()
        return items[index % len(items)].specific if items else None

    def create(self, index: int) -> None:
        factory = (PressReleasePageFactory, ReportPageFactory)[index % 2]
        page = factory(parent=self.indexes[index % 2], live=False, slug=f"item-{next(self.serial)}")
        page.save_revision().publish()

    def edit(self, index: int) -> None:
        if page := self.pick(index):
            page.title = f"{page.title} (updated)"
            page.save_revision().publish()

    def unpublish(self, index: int) -> None:
        if (page := self.pick(index)) and page.live:
            page.unpublish()

    def move(self, index: int) -> None:
        """Between the two newsrooms, or out of the newsroom altogether."""
        if page := self.pick(index):
            targets = [*self.indexes, self.home]
            target = Page.objects.get(pk=targets[index % 3].pk)  # fresh child count
            if page.locale_id == target.locale_id and page.get_parent().pk != target.pk:
                page.move(target, pos="last-child")

    def change_slug(self, index: int) -> None:
        if page := self.pick(index):
            page.slug = f"renamed-{next(self.serial)}"
            page.save_revision().publish()

    def delete(self, index: int) -> None:
        if page := self.pick(index):
            page.delete()

    def expire(self, index: int) -> None:
        if (page := self.pick(index)) and page.live:
            page.expire_at = timezone.now() + MINUTE
            page.save_revision().publish()
            self.clock.shift(2 * MINUTE)

    def schedule(self, index: int) -> None:
        page = PressReleasePageFactory(
            parent=self.indexes[0], live=False, slug=f"embargoed-{next(self.serial)}"
        )
        page.go_live_at = timezone.now() + MINUTE
        page.save_revision().publish()
        self.clock.shift((index % 3) * MINUTE)

    def restrict(self, index: int) -> None:
        targets = [*self.items(), self.indexes[0]]
        page = targets[index % len(targets)]
        PageViewRestriction.objects.create(page=page, restriction_type="login")

    def lift_restriction(self, index: int) -> None:
        restrictions = list(PageViewRestriction.objects.order_by("pk"))
        if restrictions:
            restrictions[index % len(restrictions)].delete()

    def translate(self, index: int) -> None:
        page = self.pick(index)
        if (
            page is None
            or page.locale_id == self.arabic.pk
            or page.get_parent().pk != self.indexes[0].pk
        ):
            return
        if page.get_translation_or_none(self.arabic):
            return
        translation = page.copy_for_translation(self.arabic)
        translation.title = f"ترجمة {page.title}"
        translation.save_revision().publish()


ACTIONS = [
    "create",
    "edit",
    "unpublish",
    "move",
    "change_slug",
    "delete",
    "expire",
    "schedule",
    "restrict",
    "lift_restriction",
    "translate",
]
STEPS = st.lists(
    st.tuples(st.sampled_from(ACTIONS), st.integers(min_value=0, max_value=50)),
    min_size=1,
    max_size=14,
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS, page_size=st.integers(min_value=1, max_value=4))
def test_a_mirror_fed_by_sync_holds_exactly_the_public_pages_after_every_step(db, steps, page_size):
    cache.clear()
    with time_machine.travel(START, tick=False) as clock, transaction.atomic():
        newsroom = Newsroom(clock)
        newsroom.create(0)
        mirror = Mirror(first=page_size)
        mirror.sync()
        assert mirror.pages == public_newsroom()
        for action, index in steps:
            getattr(newsroom, action)(index)
            mirror.sync()
            assert mirror.pages == public_newsroom(), (action, index)
        transaction.set_rollback(True)
