"""`manage.py time_graphql_operation` times every contract operation as a frontend sends it
(with its fragments, through cms/api/http/contract.py), and says clearly what it cannot time."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from cms.api.http.contract import documents
from cms.embargo.links import EmbargoLink
from cms.embargo.sending import embargo_link_url, send_embargo
from tests.embargo.conftest import journalists, press_list, release, token_of  # noqa: F401
from tests.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def variables(newsroom, release, press_list) -> dict[str, str]:  # noqa: F811
    PressReleasePageFactory(parent=newsroom, slug="released", title="Protesters released")
    send_embargo(release, press_list)
    token = token_of(embargo_link_url(EmbargoLink.objects.first()))
    return {
        "Article": '{"urlPath": "/newsroom/released/"}',
        "LocalizedArticle": '{"urlPath": "/newsroom/released/"}',
        "EmbargoedArticle": f'{{"token": "{token}"}}',
        "SearchNews": '{"search": "protesters"}',
    }


@pytest.mark.parametrize("operation", sorted(documents()))
def test_every_contract_operation_is_timed(variables, operation):
    out = StringIO()
    call_command(
        "time_graphql_operation",
        operation,
        variables=variables.get(operation, "{}"),
        repeat=2,
        stdout=out,
    )
    assert out.getvalue().startswith(f"{operation} ")
    assert "SQL queries" in out.getvalue()


def test_an_unknown_operation_names_the_ones_there_are(db):
    with pytest.raises(CommandError, match="No operation 'Nope'; the contract has Article"):
        call_command("time_graphql_operation", "Nope")


def test_variables_that_are_not_json_are_a_clear_error(db):
    with pytest.raises(CommandError, match="--variables is not JSON"):
        call_command("time_graphql_operation", "NewsListing", variables="{first: 1}")
