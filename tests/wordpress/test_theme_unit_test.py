"""The theme unit test export (every oddity WordPress produces) imported by an editor-in-chief
with the uploads tree at hand, then imported again: what became of each kind of item.

The import runs once for the module (it takes tens of seconds); each test reads the result in
its own savepoint.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageLogEntry, Revision, Site

from cms.media.models import NewsroomImage
from cms.review.governance import BYPASS_ACTION
from cms.wordpress.media import PLACEHOLDER_CREDIT
from cms.wordpress.models import ImportedItem
from newsroom_pages.pages import NewsItemPage
from newsroom_pages.snippets import Topic
from tests.factories import NewsroomIndexPageFactory

from .conftest import PASSWORD, THEME_UNIT_TEST, run_import, write_uploads

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def imported(django_db_setup, django_db_blocker, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("theme-unit-test")
    uploads = write_uploads(tmp / "uploads", THEME_UNIT_TEST)
    with django_db_blocker.unblock(), transaction.atomic():
        root = Site.objects.get(is_default_site=True).root_page
        NewsroomIndexPageFactory(parent=root, title="Newsroom", slug="newsroom")
        chief = get_user_model().objects.create_superuser("chief", "chief@example.org", PASSWORD)
        first, printed = run_import(THEME_UNIT_TEST, chief, "--media-dir", str(uploads), tmp=tmp)
        counts = {
            "pages": Page.objects.count(),
            "revisions": Revision.objects.count(),
            "images": NewsroomImage.objects.count(),
            "redirects": Redirect.objects.count(),
        }
        second, _ = run_import(THEME_UNIT_TEST, chief, "--media-dir", str(uploads), tmp=tmp)
        yield {"first": first, "second": second, "printed": printed, "after_first": counts}
        transaction.set_rollback(True)


def page_titled(title: str) -> NewsItemPage:
    return NewsItemPage.objects.get(title=title).specific


def test_every_post_becomes_a_news_item_and_everything_else_is_skipped_with_its_reason(imported):
    report = imported["first"]
    assert report["counts"] == {
        "created": 58,
        "updated": 0,
        "unchanged": 0,
        "skipped": 128,
        "failed": 0,
    }
    assert report["reasons"]["skipped"] == {
        "nav_menu_item: not a news item": 70,
        "attachment (imported as an image or file where a post uses it)": 37,
        "page: not a news item": 21,
    }
    assert NewsItemPage.objects.count() == 58


def test_the_summary_is_printed_after_the_run(imported):
    printed = imported["printed"]
    assert "58 created, 0 updated, 0 unchanged, 128 skipped, 0 failed" in printed
    assert "Redirects from old URLs:" in printed


def test_a_second_run_creates_nothing_and_writes_no_revision(imported):
    assert imported["second"]["counts"] == {
        "created": 0,
        "updated": 0,
        "unchanged": 58,
        "skipped": 128,
        "failed": 0,
    }
    assert Page.objects.count() == imported["after_first"]["pages"]
    assert Revision.objects.count() == imported["after_first"]["revisions"]
    assert NewsroomImage.objects.count() == imported["after_first"]["images"]
    assert Redirect.objects.count() == imported["after_first"]["redirects"]
    assert ImportedItem.objects.count() == 58


def test_published_posts_are_live_with_their_wordpress_dates(imported):
    page = page_titled("Template: Sticky")
    assert page.live
    assert page.first_published_at == datetime.datetime(2012, 1, 7, 14, 7, 21, tzinfo=datetime.UTC)
    assert page.publication_date == datetime.date(2012, 1, 7)
    assert imported["first"]["states"]["live"] == 55


def test_drafts_future_and_password_protected_posts_are_never_public(imported):
    draft = NewsItemPage.objects.get(slug="draft")
    scheduled = page_titled("Scheduled")
    protected = NewsItemPage.objects.get(slug="template-password-protected")
    assert not draft.live and not scheduled.live and not protected.live
    assert scheduled.go_live_at == datetime.datetime(2030, 1, 1, 19, 0, 18, tzinfo=datetime.UTC)
    assert imported["first"]["states"] == {"live": 55, "draft": 2, "scheduled draft": 1}


def test_titles_and_slugs_are_kept_verbatim(imported):
    page = NewsItemPage.objects.get(slug="markup-title-with-markup")
    assert page.title == "Markup: Title <em>With</em> <b>Mark<sup>up</sup></b>"
    special = NewsItemPage.objects.get(slug="title-with-special-characters")
    assert special.title == "Markup: Title With Special Characters ~`!@#$%^&*()-_=+{}[]/\\;:'\"?,.>"


def test_a_post_without_a_title_gets_a_placeholder_and_a_note(imported):
    page = NewsItemPage.objects.get(slug="edge-case-no-title")
    assert page.title.startswith("(untitled WordPress post")
    item = next(i for i in imported["first"]["items"] if i["page_id"] == page.pk)
    assert "No title in WordPress: a placeholder title was given." in item["notes"]


def test_old_permalinks_and_post_ids_redirect_to_the_new_page(imported):
    page = NewsItemPage.objects.get(slug="markup-title-with-markup")
    assert Redirect.objects.get(
        old_path="/2013/01/05/markup-title-with-markup"
    ).redirect_page_id == (page.pk)
    post_id = ImportedItem.objects.get(page=page).wp_post_id
    assert Redirect.objects.get(old_path=f"/?p={post_id}").redirect_page_id == page.pk


def test_categories_and_tags_become_topics_of_the_locale(imported):
    page = page_titled("Template: Sticky")
    names = set(page.topics.values_list("name", flat=True))
    assert {"Classic", "sticky", "template"} <= names
    assert "Uncategorized" not in set(Topic.objects.values_list("name", flat=True))


def test_a_featured_image_becomes_the_hero_with_its_alt_text_and_a_placeholder_credit(imported):
    page = page_titled("Template: Featured Image (Horizontal)")
    assert page.hero_image is not None
    assert page.hero_image.alt_text == "Horizontal Featured Image"
    assert page.hero_image.credit == PLACEHOLDER_CREDIT
    listed = {entry["image"] for entry in imported["first"]["creditsNeeded"]}
    assert page.hero_image.pk in listed


def test_one_image_is_stored_once_however_many_posts_use_it(imported):
    canola = NewsroomImage.objects.get(title="canola2")
    users = [
        page
        for page in NewsItemPage.objects.specific()
        if any(b.block_type == "image" and b.value["image"].pk == canola.pk for b in page.body)
    ]
    assert len(users) > 1


def test_gutenberg_blocks_become_our_blocks(imported):
    quotes = [b for b in page_titled("Block: Quote").body if b.block_type == "quote"]
    assert quotes[0].value["text"] == "Gutenberg is more than an editor."
    assert quotes[0].value["speaker"] == "The Gutenberg Team"
    gallery = [b for b in page_titled("Block: Gallery").body if b.block_type == "image"]
    assert len(gallery) >= 10
    embeds = [
        b.value.url for b in page_titled("Block category: Embeds").body if b.block_type == "embed"
    ]
    assert "https://youtu.be/ex8fMxXJDJw" in embeds


def test_classic_captions_become_image_captions(imported):
    images = [b for b in page_titled("Markup: Image Alignment").body if b.block_type == "image"]
    captions = [b.value["caption"] for b in images]
    assert "Look at 580x300 getting some caption love." in captions


def test_classic_headings_and_lists_keep_their_structure(imported):
    body = page_titled("Markup: HTML Tags and Formatting").body
    headings = [(b.value["text"], b.value["level"]) for b in body if b.block_type == "heading"]
    assert ("Header one", "2") in headings and ("Header three", "3") in headings
    lists = [b for b in body if b.block_type == "paragraph" and str(b.value).startswith("<ul>")]
    assert lists


def test_blocks_without_an_equivalent_are_counted(imported):
    unknown = imported["first"]["unknownBlocks"]
    assert unknown["core/columns"] == 13
    assert unknown["core/table"] >= 1


def test_publishing_without_review_is_in_each_page_history(imported):
    live = NewsItemPage.objects.filter(live=True)
    logged = PageLogEntry.objects.filter(action=BYPASS_ACTION, page__in=live)
    assert logged.values("page").distinct().count() == live.count() == 55
    assert set(logged.values_list("user__username", flat=True)) == {"chief"}


def test_the_json_report_lists_each_item_with_its_line(imported):
    items = imported["first"]["items"]
    assert len(items) == 186
    sticky = next(item for item in items if item["title"] == "Template: Sticky")
    assert sticky["outcome"] == "created" and sticky["line"] > 0 and sticky["state"] == "live"


def test_timings_are_reported(imported):
    seconds = imported["first"]["seconds"]
    assert set(seconds) == {"check", "import", "total"}
    assert seconds["check"] < seconds["total"]
    assert "Time: check" in imported["printed"]
