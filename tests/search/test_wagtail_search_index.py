import pytest

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
