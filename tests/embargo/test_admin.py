"""The embargo admin: send a scheduled page to a press list, see who opened what, revoke one
journalist's link; journalists and press lists as snippets."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from lxml import html

from cms.embargo.links import EmbargoLink
from cms.embargo.sending import embargo_link_url, send_embargo
from tests.api.conftest import GraphQLClient
from tests.factories import PressReleasePageFactory

from .conftest import token_of

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_an_editor_sends_a_scheduled_page_to_a_press_list(
    editor_client, mailbox, release, press_list
):
    response = editor_client.post(
        reverse("embargo_send", args=[release.pk]), {"press_list": press_list.pk}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("embargo_report", args=[release.pk])
    assert len(mailbox.messages) == 2
    assert set(EmbargoLink.objects.values_list("sent_by__username", flat=True)) == {"editor"}


def test_the_send_page_explains_when_nothing_is_scheduled(editor_client, newsroom):
    page = PressReleasePageFactory(parent=newsroom)
    response = editor_client.get(reverse("embargo_send", args=[page.pk]))
    assert b'data-testid="embargo-not-scheduled"' in response.content


def test_the_report_lists_links_and_opens(editor_client, release, press_list):
    send_embargo(release, press_list)
    link = EmbargoLink.objects.get(journalist__email="amal@press.example")
    GraphQLClient().query(
        "query($t: String) { page(embargoToken: $t) { title } }",
        {"t": token_of(embargo_link_url(link))},
    )
    tree = html.fromstring(editor_client.get(reverse("embargo_report", args=[release.pk])).content)
    amal = tree.xpath('//tr[@data-journalist="amal@press.example"]')[0].text_content()
    assert "Tripoli Post" in amal and "Active" in amal
    opens = tree.xpath('//*[@data-testid="embargo-opens"]//tbody/tr')
    assert len(opens) == 1 and "Amal Haddad" in opens[0].text_content()


def test_an_editor_revokes_one_journalists_link(editor_client, release, press_list):
    send_embargo(release, press_list)
    link = EmbargoLink.objects.get(journalist__email="ben@press.example")
    response = editor_client.post(reverse("embargo_revoke", args=[link.pk]))
    assert response.status_code == 302
    link.refresh_from_db()
    assert link.revoked_at is not None and link.revoked_by.username == "editor"
    assert EmbargoLink.objects.get(journalist__email="amal@press.example").revoked_at is None


def test_revoking_needs_a_post(editor_client, release, press_list):
    send_embargo(release, press_list)
    link = EmbargoLink.objects.first()
    assert editor_client.get(reverse("embargo_revoke", args=[link.pk])).status_code == 405


def test_a_user_who_cannot_edit_the_page_cannot_send_or_revoke(
    client, django_user_model, release, press_list
):
    outsider = django_user_model.objects.create_user("outsider", "o@example.org", "pw")
    outsider.groups.add(Group.objects.get(name="Translators (French)"))
    client.force_login(outsider)
    send_embargo(release, press_list)
    link = EmbargoLink.objects.first()
    assert client.post(reverse("embargo_revoke", args=[link.pk])).status_code in (302, 403)
    link.refresh_from_db()
    assert link.revoked_at is None
    assert client.get(reverse("embargo_report", args=[release.pk])).status_code in (302, 403)


def test_editors_manage_journalists_as_snippets(editor_client):
    response = editor_client.post(
        reverse("wagtailsnippets_embargo_journalist:add"),
        {
            "name": "Dana Noor",
            "outlet": "Radio",
            "email": "dana@press.example",
            "language": "ar",
            "active": "on",
        },
    )
    assert response.status_code == 302
    listing = editor_client.get(reverse("wagtailsnippets_embargo_journalist:list"))
    assert b"dana@press.example" in listing.content


def test_the_page_header_offers_sending_under_embargo(editor_client, release):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[release.pk]))
    assert reverse("embargo_send", args=[release.pk]).encode() in response.content
