"""With introspection off, no error message suggests a field, argument, type or enum value:
misspellings must not rebuild the schema piece by piece."""

import pytest

pytestmark = pytest.mark.django_db

MISSPELT = {
    "field": ("{ newsItems { edges { node { titl } } } }", "Cannot query field 'titl'"),
    "argument": ("{ newsItems(firs: 5) { totalCount } }", "Unknown argument 'firs'"),
    "type": (
        "{ page(id: 1) { ... on NewsIte { title } } }",
        "Unknown type 'NewsIte'",
    ),
    "enum literal": (
        "{ newsItems(kind: PRESS_RELEAS) { totalCount } }",
        "Value 'PRESS_RELEAS' does not exist in 'NewsKind' enum",
    ),
}


def errors_for(graphql, query: str, variables: dict | None = None) -> list[str]:
    return [error["message"] for error in graphql.post(query, variables).json()["errors"]]


@pytest.fixture
def introspection_off(settings):
    settings.NEWSROOM_GRAPHQL = {**settings.NEWSROOM_GRAPHQL, "INTROSPECTION": False}


@pytest.mark.parametrize("case", MISSPELT, ids=str)
def test_no_suggestion_is_made_when_introspection_is_off(case, graphql, introspection_off):
    query, reason = MISSPELT[case]

    [message] = errors_for(graphql, query)

    assert message.startswith(reason)
    assert "Did you mean" not in message


def test_an_enum_variable_gets_no_suggestion_when_introspection_is_off(graphql, introspection_off):
    query = "query($kind: NewsKind) { newsItems(kind: $kind) { totalCount } }"

    [message] = errors_for(graphql, query, {"kind": "REPORTS"})

    assert "'REPORTS' does not exist in 'NewsKind' enum" in message
    assert "Did you mean" not in message
    assert "REPORT'" not in message


@pytest.mark.parametrize("case", MISSPELT, ids=str)
def test_suggestions_help_developers_when_introspection_is_on(case, graphql, settings):
    settings.NEWSROOM_GRAPHQL = {**settings.NEWSROOM_GRAPHQL, "INTROSPECTION": True}
    query, _reason = MISSPELT[case]

    [message] = errors_for(graphql, query)

    assert "Did you mean" in message
