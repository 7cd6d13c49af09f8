"""`newsItems(search:)` as a frontend uses it: best match first by default, newest first on
request, a highlighted passage per card, exact paging, clear errors."""

import pytest

from tests.api.conftest import GraphQLClient
from tests.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

SEARCH = """query($search: String!, $locale: String, $sort: NewsSort, $first: Int, $after: String) {
  newsItems(search: $search, locale: $locale, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { title searchHighlight } }
  }
}"""


def titles(data: dict) -> list[str]:
    return [edge["node"]["title"] for edge in data["newsItems"]["edges"]]


@pytest.fixture
def title_and_body_matches(newsroom):
    in_title = PressReleasePageFactory(
        parent=newsroom, title="Sabha detention centre", publication_date="2020-01-01"
    )
    in_body = PressReleasePageFactory(
        parent=newsroom,
        title="Quarterly update",
        publication_date="2021-01-01",
        body=[("paragraph", "<p>Visits to a Sabha detention site were refused.</p>")],
    )
    return in_title, in_body


def test_search_lists_the_best_match_first_by_default(graphql, title_and_body_matches):
    data = graphql.query(SEARCH, {"search": "Sabha detention"})
    assert titles(data) == ["Sabha detention centre", "Quarterly update"]


def test_sort_newest_lists_matches_newest_first(graphql, title_and_body_matches):
    data = graphql.query(SEARCH, {"search": "Sabha detention", "sort": "NEWEST"})
    assert titles(data) == ["Quarterly update", "Sabha detention centre"]


def test_each_result_carries_an_escaped_highlight_with_only_mark(graphql, newsroom):
    PressReleasePageFactory(
        parent=newsroom,
        title="Kufra",
        summary='Guards said "<b>no visits</b>" to detainees in Kufra.',
    )
    node = graphql.query(SEARCH, {"search": "detainees"})["newsItems"]["edges"][0]["node"]
    assert "<mark>detainees</mark>" in node["searchHighlight"]
    assert "&lt;b&gt;no visits&lt;/b&gt;" in node["searchHighlight"]


def test_the_highlight_is_null_without_a_search(graphql, newsroom):
    PressReleasePageFactory(parent=newsroom)
    data = graphql.query("{ newsItems { edges { node { searchHighlight } } } }")
    assert data["newsItems"]["edges"] == [{"node": {"searchHighlight": None}}]


def test_relevance_pages_list_every_match_exactly_once(graphql, newsroom):
    for number in range(25):
        PressReleasePageFactory(parent=newsroom, title=f"Tarhuna mass graves {number}")
    PressReleasePageFactory(parent=newsroom, title="Unrelated")
    seen, after = [], None
    while True:
        data = graphql.query(SEARCH, {"search": "Tarhuna graves", "first": 10, "after": after})
        seen += titles(data)
        assert data["newsItems"]["totalCount"] == 25
        if not data["newsItems"]["pageInfo"]["hasNextPage"]:
            break
        after = data["newsItems"]["pageInfo"]["endCursor"]
    assert sorted(seen) == sorted(f"Tarhuna mass graves {number}" for number in range(25))


def error_code(response) -> str:
    body = response.json()
    assert body.get("data") in (None, {"newsItems": None})
    return body["errors"][0]["extensions"]["code"]


def test_a_newest_cursor_is_refused_under_relevance(graphql, newsroom):
    PressReleasePageFactory(parent=newsroom, title="Derna")
    PressReleasePageFactory(parent=newsroom, title="Derna dams")
    cursor = graphql.query("{ newsItems(first: 1) { pageInfo { endCursor } } }")["newsItems"][
        "pageInfo"
    ]["endCursor"]
    response = graphql.post(SEARCH, {"search": "Derna", "after": cursor})
    assert response.status_code == 200
    assert error_code(response) == "BAD_USER_INPUT"


def test_a_search_over_200_characters_is_refused_with_a_code(graphql, newsroom):
    response = graphql.post(SEARCH, {"search": "detention " * 30})
    assert response.status_code == 200
    assert error_code(response) == "BAD_USER_INPUT"


@pytest.mark.usefixtures("demo_newsroom")
@pytest.mark.parametrize(
    ("locale", "search", "title_start", "marked"),
    [
        ("ar", "اسلحه ثقيله", "استخدام أسلحة ثقيلة", "<mark>ثقيلة</mark>"),
        ("ar", "بالذخيرة", "استخدام أسلحة ثقيلة", "<mark>الذخيرة</mark>"),
        ("fr", "refugies detention", "De nouveaux éléments", "<mark>détention</mark>"),
        ("es", "trabajo forzoso", "Nuevas pruebas", "<mark>forzoso</mark>"),
    ],
    ids=["ar-no-hamza-heh", "ar-article-prefix", "fr-no-accents", "es"],
)
def test_the_demo_is_searchable_in_each_language(locale, search, title_start, marked):
    data = GraphQLClient().query(SEARCH, {"search": search, "locale": locale})
    node = data["newsItems"]["edges"][0]["node"]
    assert node["title"].startswith(title_start)
    assert marked in node["searchHighlight"]


@pytest.mark.postgres_only
@pytest.mark.usefixtures("demo_newsroom")
def test_a_misspelt_name_finds_the_item_on_postgresql():
    data = GraphQLClient().query(SEARCH, {"search": "Misrata militia"})
    assert titles(data)[0].startswith("State-Financed Militia")


@pytest.mark.postgres_only
@pytest.mark.usefixtures("demo_newsroom")
def test_an_arabic_typo_is_suggested_in_arabic():
    query = """query($search: String!, $locale: String) {
      newsItems(search: $search, locale: $locale) { totalCount searchSuggestion }
    }"""
    data = GraphQLClient().query(query, {"search": "احتجاجت طرابلس", "locale": "ar"})
    assert data["newsItems"]["totalCount"] >= 1
    assert data["newsItems"]["searchSuggestion"] == "احتجاجات طرابلس"
