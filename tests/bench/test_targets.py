"""Our API is read from the frontend operation files at run time; missing files or unknown
required variables make it unavailable with a reason, never a crash."""

import pytest

from bench import targets
from bench.targets import Sample, Unavailable, ours_as, ours_target

SAMPLE = Sample(
    page_size=100, article_id=7, article_path="/newsroom/a/", article_url_path="/home/newsroom/a/"
)


@pytest.fixture
def operations(tmp_path, monkeypatch):
    monkeypatch.setattr(targets, "OPERATIONS_DIR", tmp_path)
    return tmp_path


def write(directory, listing: str, article: str) -> None:
    (directory / targets.LISTING_FILE).write_text(listing)
    (directory / targets.ARTICLE_FILE).write_text(article)


ARTICLE = "query Article($urlPath: String!) { page(urlPath: $urlPath) { title } }"


def test_ours_is_unavailable_until_the_operation_files_exist(operations):
    with pytest.raises(Unavailable, match="does not exist yet"):
        ours_target()


def test_an_operation_file_that_does_not_parse_makes_ours_unavailable(operations):
    write(operations, "query NewsListing { newsItems(", ARTICLE)
    with pytest.raises(Unavailable, match="does not parse"):
        ours_target()


def test_the_listing_asks_for_the_same_page_size_as_the_peers(operations):
    write(
        operations,
        "query NewsListing($first: Int) { newsItems(first: $first) { totalCount } }",
        ARTICLE,
    )
    request = ours_target().listing(SAMPLE)
    assert request.body["variables"] == {"first": 100}
    assert request.body["operationName"] == "NewsListing"


def test_a_literal_page_size_in_the_listing_is_replaced(operations):
    write(operations, "query NewsListing { newsItems(first: 20) { totalCount } }", ARTICLE)
    assert "first: 100" in ours_target().listing(SAMPLE).body["query"]


def test_the_article_is_read_by_its_frontend_path(operations):
    write(operations, "query NewsListing { newsItems { totalCount } }", ARTICLE)
    assert ours_target().article(SAMPLE).body["variables"] == {"urlPath": "/newsroom/a/"}


def test_an_unknown_required_variable_makes_ours_unavailable(operations):
    write(
        operations,
        "query NewsListing($site: ID!) { newsItems(site: $site) { totalCount } }",
        ARTICLE,
    )
    with pytest.raises(Unavailable, match=r"\$site"):
        ours_target().listing(SAMPLE)


@pytest.mark.parametrize("peer", ["rest-v2", "rest-v3", "grapple"])
def test_each_equal_field_variant_is_a_valid_query_of_our_schema(peer):
    from graphql import parse, validate

    from cms.api.schema import schema

    target = ours_as(peer)
    for request in (target.listing(SAMPLE), target.article(SAMPLE)):
        assert validate(schema.graphql_schema, parse(request.body["query"])) == []
        assert request.body["variables"] in ({"first": 100}, {"urlPath": "/newsroom/a/"})
