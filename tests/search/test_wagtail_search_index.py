import pytest
from wagtail.search.models import IndexEntry

from newsroom_pages.pages import NewsItemPage
from tests.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def items(newsroom):
    return {
        "title": PressReleasePageFactory(parent=newsroom, title="Tajoura detention center"),
        "summary": PressReleasePageFactory(
            parent=newsroom, title="Second", summary="Interceptions in the Mediterranean"
        ),
        "body": PressReleasePageFactory(
            parent=newsroom,
            title="Third",
            body=[("paragraph", "<p>Surveillance exports to Egypt</p>")],
        ),
    }


@pytest.mark.parametrize(
    ("field", "query"),
    [("title", "Tajoura"), ("summary", "Mediterranean"), ("body", "Surveillance")],
)
def test_news_items_are_found_by_title_summary_and_body_text(items, field, query):
    found = list(NewsItemPage.objects.live().search(query))
    assert [page.pk for page in found] == [items[field].pk]


def test_a_save_refreshes_the_title_norm_of_its_own_entry_only(items):
    """Wagtail's backend recomputed every entry still at the default norm on each save (a scan
    of the whole index table); ours touches the entries it wrote."""
    other = IndexEntry.objects.filter(object_id=str(items["summary"].pk))
    other.update(title_norm=1.0)
    page = items["title"]
    page.title = "Tajoura detention center, one year on"
    page.save_revision().publish()

    assert other.get().title_norm == 1.0
    mine = IndexEntry.objects.get(object_id=str(page.pk))
    assert mine.title_norm != 1.0
    assert [p.pk for p in NewsItemPage.objects.live().search("Tajoura")] == [page.pk]
