"""Hundreds of queries generated from the schema (hypothesis-graphql) never produce a 500 or an
internal error: every answer is data or a GraphQL error a client can act on."""

import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import nodes, queries

from cms.api.schema import schema
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    PressReleasePageFactory,
    ReportPageFactory,
)

pytestmark = pytest.mark.django_db

CUSTOM_SCALARS = {
    "Date": st.dates(datetime.date(2018, 1, 1), datetime.date(2024, 1, 1)).map(
        lambda day: nodes.String(day.isoformat())
    ),
    "DateTime": st.datetimes().map(lambda moment: nodes.String(moment.isoformat())),
}
EXAMPLES = 300


@pytest.fixture
def content(newsroom):
    image = ImageFactory(file__width=64, file__height=36)
    related = ReportPageFactory(
        parent=newsroom, report_document=DocumentFactory(), hero_image=image
    )
    body = [
        ("paragraph", f'<p><a linktype="page" id="{related.pk}">Link</a></p>'),
        ("image", {"image": image, "caption": ""}),
        ("related_content", {"heading": "More", "items": [related]}),
    ]
    PressReleasePageFactory(parent=newsroom, hero_image=image, body=body)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=queries(schema.graphql_schema, custom_scalars=CUSTOM_SCALARS))
def test_generated_queries_never_produce_a_server_error(graphql, content, query):
    response = graphql.post(query)
    assert response.status_code in (200, 400), response.content
    body = response.json()
    assert "data" in body or "errors" in body
    messages = [error["message"] for error in body.get("errors", [])]
    assert "Internal server error." not in messages, (query, messages)
