"""`page(embargoToken:)`: a journalist's personal link opens the scheduled revision before it
is public, privately, and nothing else; revoking it, tampering with it or letting it expire
shuts it with a coded error; after go-live it answers with the public page."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from cms.embargo.links import EmbargoLink, EmbargoOpen
from cms.embargo.sending import embargo_link_url, send_embargo
from cms.embargo.tokens import make_token
from newsroom_pages.scheduling import run_due_schedule
from tests.api.conftest import GraphQLClient, listing_titles

from .conftest import GO_LIVE, token_of

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

EMBARGOED = """
query($token: String) {
  page(embargoToken: $token) {
    id title urlPath
    ... on NewsItem { summary }
    embargo { liftsAt isLifted recipient { name outlet } }
  }
}"""
LISTING = "{ newsItems(first: 50) { totalCount edges { node { title } } } }"
SEARCH = '{ newsItems(search: "protesters") { totalCount edges { node { title } } } }'


@pytest.fixture
def client(db) -> GraphQLClient:
    return GraphQLClient()


@pytest.fixture
def links(release, press_list) -> dict[str, EmbargoLink]:
    send_embargo(release, press_list)
    return {link.journalist.email: link for link in EmbargoLink.objects.all()}


def token(link: EmbargoLink) -> str:
    return token_of(embargo_link_url(link))


def error_code(response) -> str:
    body = response.json()
    assert body["data"]["page"] is None
    return body["errors"][0]["extensions"]["code"]


def test_a_token_opens_the_scheduled_revision_with_its_embargo(client, links, release):
    link = links["amal@press.example"]
    page = client.query(EMBARGOED, {"token": token(link)})["page"]
    assert page["title"] == "Libya: detained protesters must be freed"
    assert page["urlPath"] == f"/newsroom/{release.slug}/"
    assert page["embargo"]["recipient"] == {"name": "Amal Haddad", "outlet": "Tripoli Post"}
    assert page["embargo"]["isLifted"] is False
    lifts_at = datetime.datetime.fromisoformat(page["embargo"]["liftsAt"])
    assert lifts_at == release.revisions.get(approved_go_live_at__isnull=False).approved_go_live_at


def test_a_page_reached_any_other_way_has_no_embargo(client, newsroom):
    data = client.query(
        "query($p: String!) { page(urlPath: $p) { embargo { liftsAt } } }", {"p": "/newsroom/"}
    )
    assert data["page"]["embargo"] is None


def test_the_link_stays_pinned_to_the_revision_sent_when_the_draft_changes(client, links, release):
    draft = release.get_latest_revision_as_object()
    draft.title = "Unreviewed new title"
    draft.save_revision()
    page = client.query(EMBARGOED, {"token": token(links["ben@press.example"])})["page"]
    assert page["title"] == "Libya: detained protesters must be freed"


def test_embargoed_responses_are_private_and_not_indexed(client, links):
    response = client.post(EMBARGOED, {"token": token(links["amal@press.example"])})
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"


def test_a_refused_token_is_private_too(client):
    response = client.post(EMBARGOED, {"token": "forged"})
    assert response["Cache-Control"] == "private, no-store"


def test_public_responses_are_not_marked_noindex(client, newsroom):
    response = client.post(LISTING)
    assert "X-Robots-Tag" not in response


def test_embargoed_responses_are_never_stored_in_the_response_cache(client, links, settings):
    settings.NEWSROOM_API_CACHE_ENABLED = True
    link = links["amal@press.example"]
    variables = {"token": token(link)}
    first = client.post(EMBARGOED, variables)
    assert first.json()["data"]["page"]["title"]
    assert "X-Newsroom-Cache" not in first
    link.revoke()
    second = client.post(EMBARGOED, variables)
    assert "X-Newsroom-Cache" not in second
    assert second.json()["errors"][0]["extensions"]["code"] == "EMBARGO_TOKEN_REVOKED"


def test_a_revoked_link_stops_working_on_the_next_request(client, links):
    link = links["ben@press.example"]
    assert client.query(EMBARGOED, {"token": token(link)})["page"]
    link.revoke()
    assert error_code(client.post(EMBARGOED, {"token": token(link)})) == "EMBARGO_TOKEN_REVOKED"


def test_revoking_one_link_leaves_the_others_open(client, links):
    links["ben@press.example"].revoke()
    assert client.query(EMBARGOED, {"token": token(links["amal@press.example"])})["page"]


def test_a_tampered_token_is_refused(client, links):
    genuine = token(links["amal@press.example"])
    tampered = genuine[:-2] + ("AA" if not genuine.endswith("AA") else "BB")
    assert error_code(client.post(EMBARGOED, {"token": tampered})) == "EMBARGO_TOKEN_INVALID"


def test_a_token_naming_another_link_with_a_guessed_nonce_is_refused(client, links):
    link = links["amal@press.example"]
    forged = make_token(link.pk, "guessed-nonce")
    assert error_code(client.post(EMBARGOED, {"token": forged})) == "EMBARGO_TOKEN_INVALID"


@pytest.mark.parametrize("value", ["", "x" * 300, "not.a.token"])
def test_malformed_tokens_are_refused_with_a_code(client, value):
    assert error_code(client.post(EMBARGOED, {"token": value})) == "EMBARGO_TOKEN_INVALID"


def test_a_link_expires_its_lifetime_after_the_release(client, links, settings):
    settings.NEWSROOM_EMBARGO_TOKEN_TTL = 3600
    variables = {"token": token(links["amal@press.example"])}
    with time_machine.travel(timezone.now() + GO_LIVE + datetime.timedelta(minutes=59)):
        assert client.query(EMBARGOED, variables)["page"]["embargo"]["isLifted"] is True
    with time_machine.travel(timezone.now() + GO_LIVE + datetime.timedelta(minutes=61)):
        assert error_code(client.post(EMBARGOED, variables)) == "EMBARGO_TOKEN_EXPIRED"


def test_a_link_sent_long_before_the_release_works_until_it(client, links, settings):
    settings.NEWSROOM_EMBARGO_TOKEN_TTL = 60
    variables = {"token": token(links["amal@press.example"])}
    with time_machine.travel(timezone.now() + GO_LIVE - datetime.timedelta(minutes=5)):
        assert client.query(EMBARGOED, variables)["page"]["embargo"]["isLifted"] is False


def test_a_link_to_a_release_taken_off_the_schedule_is_withdrawn(client, links, release):
    release.revisions.update(approved_go_live_at=None)
    code = error_code(client.post(EMBARGOED, {"token": token(links["amal@press.example"])}))
    assert code == "EMBARGO_WITHDRAWN"


def test_a_deactivated_journalist_loses_access(client, links):
    link = links["amal@press.example"]
    link.journalist.active = False
    link.journalist.save()
    assert error_code(client.post(EMBARGOED, {"token": token(link)})) == "EMBARGO_TOKEN_REVOKED"


def test_the_release_stays_out_of_listings_search_and_paths_while_embargoed(client, links, release):
    assert client.query(EMBARGOED, {"token": token(links["amal@press.example"])})["page"]
    assert listing_titles(client.query(LISTING)) == []
    assert client.query(SEARCH)["newsItems"]["totalCount"] == 0
    by_path = "query($p: String!) { page(urlPath: $p) { title } }"
    assert client.query(by_path, {"p": f"/newsroom/{release.slug}/"})["page"] is None
    assert (
        client.query("query($id: ID!) { page(id: $id) { title } }", {"id": release.pk})["page"]
        is None
    )


def test_after_go_live_the_token_answers_with_the_public_page(client, links, release):
    variables = {"token": token(links["amal@press.example"])}
    with time_machine.travel(timezone.now() + GO_LIVE + datetime.timedelta(minutes=1)):
        run_due_schedule()
        page = client.query(EMBARGOED, variables)["page"]
        assert page["embargo"]["isLifted"] is True
        assert page["urlPath"] == f"/newsroom/{release.slug}/"
        assert listing_titles(client.query(LISTING)) == [release.title]


def test_the_release_goes_public_at_its_moment_even_before_the_scheduler_runs(client, links):
    variables = {"token": token(links["amal@press.example"])}
    with time_machine.travel(timezone.now() + GO_LIVE + datetime.timedelta(minutes=1)):
        assert client.query(EMBARGOED, variables)["page"]["embargo"]["isLifted"] is True


def test_every_open_is_logged_with_the_browser_and_a_keyed_hash_of_the_ip(client, links):
    link = links["amal@press.example"]
    client.client.post(
        "/graphql/",
        {"query": EMBARGOED, "variables": {"token": token(link)}},
        content_type="application/json",
        HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        REMOTE_ADDR="203.0.113.7",
    )
    (opened,) = EmbargoOpen.objects.filter(link=link)
    assert opened.revision_id == link.revision_id
    assert opened.user_agent_family == "Firefox"
    assert opened.ip_hash and "203.0.113.7" not in opened.ip_hash
    assert len(opened.ip_hash) == 64


def test_the_ip_hash_depends_on_the_configured_key(settings):
    from cms.embargo.audit import ip_hash

    settings.NEWSROOM_EMBARGO_IP_HASH_KEY = "one key"
    first = ip_hash("203.0.113.7")
    settings.NEWSROOM_EMBARGO_IP_HASH_KEY = "another key"
    assert ip_hash("203.0.113.7") != first


def test_refused_tokens_log_no_open(client, links):
    links["amal@press.example"].revoke()
    client.post(EMBARGOED, {"token": token(links["amal@press.example"])})
    assert not EmbargoOpen.objects.exists()


def test_the_contract_operation_reads_an_embargoed_article(client, links):
    data = client.operation("EmbargoedArticle", {"token": token(links["amal@press.example"])})
    assert data["page"]["embargo"]["recipient"]["name"] == "Amal Haddad"
    assert data["page"]["body"][0]["__typename"] == "ParagraphBlock"
