"""`manage.py generate_archive --items N [--seed S]`: a realistic archive written in bulk, on
SQLite and on PostgreSQL, that the public API, search, the sync log and Wagtail's own search
see like items published one by one."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from cms.search.models import SearchDocument
from cms.sync.models import PageChange
from newsroom_pages.pages import NewsItemPage, RelatedNewsItem
from tests.api.conftest import GraphQLClient

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

ITEMS = 100


@pytest.fixture(scope="module")
def generated(django_db_setup, django_db_blocker):
    """The demo newsroom and an archive of ITEMS on top, built once for the module and rolled
    back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_newsroom", stdout=StringIO())
        before = set(NewsItemPage.objects.values_list("pk", flat=True))
        out = StringIO()
        call_command("generate_archive", items=ITEMS, seed=7, stdout=out)
        items = NewsItemPage.objects.exclude(pk__in=before).select_related("locale")
        yield {"items": list(items.specific()), "output": out.getvalue()}
        transaction.set_rollback(True)


@pytest.fixture
def archive(generated, db):
    return generated


def test_adds_exactly_the_items_asked_for_and_reports_the_rate(archive):
    assert len(archive["items"]) == ITEMS
    print(archive["output"])
    assert "Added 100 items" in archive["output"] and "items/s" in archive["output"]


def test_items_are_live_pages_in_a_valid_tree(archive):
    assert all(item.live and item.alias_of_id is None for item in archive["items"])
    assert Page.find_problems() == ([], [], [], [], [])


def test_kinds_follow_the_newsroom_mix(archive):
    kinds = [item.kind for item in archive["items"]]
    assert kinds.count("PRESS_RELEASE") > kinds.count("REPORT") > kinds.count("CAMPAIGN_VICTORY")


def test_seventy_percent_english_and_ten_percent_each_translation(archive):
    codes = [item.locale.language_code for item in archive["items"]]
    assert {code: codes.count(code) for code in ("en", "fr", "ar", "es")} == {
        "en": 70,
        "fr": 10,
        "ar": 10,
        "es": 10,
    }


def test_a_translation_shares_its_source_key_and_slug_under_its_locale_newsroom(archive):
    english = {i.translation_key: i for i in archive["items"] if i.locale.language_code == "en"}
    for item in archive["items"]:
        if item.locale.language_code != "en":
            source = english[item.translation_key]
            assert item.slug == source.slug
            assert item.url_path.endswith(f"/newsroom/{source.slug}/")
            assert item.get_parent().specific.locale_id == item.locale_id


def test_bodies_have_ten_blocks_of_about_eight_hundred_words_and_credited_images(archive):
    for item in archive["items"][:10]:
        blocks = list(item.body.raw_data)
        assert len(blocks) >= 10
        words = sum(len(str(block["value"]).split()) for block in blocks)
        assert 600 <= words <= 1200, words
        images = [b["value"]["image"] for b in blocks if b["type"] == "image"]
        assert len(images) == 2
    assert all(i.hero_image is None or i.hero_image.credit for i in archive["items"])


def test_items_have_topics_countries_and_related_items(archive):
    ids = [item.pk for item in archive["items"]]
    assert all(item.topics.exists() and item.countries.exists() for item in archive["items"][:5])
    assert RelatedNewsItem.objects.filter(page_id__in=ids).count() >= ITEMS * 2


def test_every_item_has_its_search_document_and_is_found_by_the_api(archive):
    ids = {item.pk for item in archive["items"]}
    assert SearchDocument.objects.filter(page_id__in=ids).count() == ITEMS
    data = GraphQLClient().query('{ newsItems(search: "authorities", first: 100) { totalCount } }')
    assert data["newsItems"]["totalCount"] >= 60


def test_every_item_is_in_wagtails_search_index(archive):
    english = next(i for i in archive["items"] if i.locale.language_code == "en")
    word = english.title.split()[-1]
    found = get_search_backend().search(word, NewsItemPage).get_queryset()
    assert english.pk in set(found.values_list("pk", flat=True))


def test_every_item_is_in_the_sync_log_at_its_frontend_path(archive):
    changes = {
        c.page_id: c
        for c in PageChange.objects.filter(page_id__in=[i.pk for i in archive["items"]])
    }
    assert len(changes) == ITEMS
    french = next(i for i in archive["items"] if i.locale.language_code == "fr")
    assert changes[french.pk].url_path == f"/fr/newsroom/{french.slug}/"


def test_listing_serves_the_archive_newest_first_over_the_api(archive):
    data = GraphQLClient().query("{ newsItems(first: 5) { totalCount edges { node { title } } } }")
    assert data["newsItems"]["totalCount"] >= 70
    assert len(data["newsItems"]["edges"]) == 5


def test_the_same_seed_on_the_same_archive_writes_the_same_items(archive):
    def generate() -> list[str]:
        before = set(NewsItemPage.objects.values_list("pk", flat=True))
        call_command("generate_archive", items=20, seed=3, stdout=StringIO())
        added = NewsItemPage.objects.exclude(pk__in=before).order_by("pk")
        titles = list(added.values_list("title", flat=True))
        for page in added:
            page.delete()
        return titles

    assert generate() == generate()


def test_a_count_below_one_is_refused_with_a_clear_error(archive):
    with pytest.raises(CommandError, match="--items must be at least 1"):
        call_command("generate_archive", items=0, stdout=StringIO())
