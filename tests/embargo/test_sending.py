"""Sending a scheduled release to a press list: one personal link per journalist, by email
through a real SMTP server on loopback, in the journalist's language when a translation is
scheduled too."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Locale

from cms.embargo.links import EmbargoLink
from cms.embargo.sending import NotScheduled, send_embargo
from cms.embargo.tokens import read_token
from tests.factories import JournalistFactory, PressReleasePageFactory
from tests.support.smtp import free_port, link_in

from .conftest import GO_LIVE, token_of

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def subject(message) -> str:
    return str(message["Subject"]).strip()


def test_each_journalist_receives_a_personal_link_by_smtp(mailbox, release, press_list):
    report = send_embargo(release, press_list)
    assert len(report.emailed) == 2
    assert sorted(m["To"] for m in mailbox.messages) == ["amal@press.example", "ben@press.example"]
    tokens = {token_of(link_in(m)) for m in mailbox.messages}
    assert len(tokens) == 2
    for token in tokens:
        link_id, _nonce = read_token(token)
        assert EmbargoLink.objects.get(pk=link_id).revision.approved_go_live_at


def test_the_email_names_the_release_and_when_the_embargo_lifts(mailbox, release, press_list):
    send_embargo(release, press_list)
    message = mailbox.to("amal@press.example")
    lifts_at = release.revisions.get(approved_go_live_at__isnull=False).approved_go_live_at
    lifts_at = lifts_at.astimezone(datetime.UTC)
    assert subject(message).startswith("[Embargoed until ")
    assert release.title in subject(message)
    body = message.get_content()
    assert "Dear Amal Haddad," in body
    assert lifts_at.isoformat() in body
    assert link_in(message).startswith("http://127.0.0.1:8000/embargo/?token=")


def test_the_link_goes_to_the_configured_embargo_url(mailbox, release, press_list, settings):
    settings.NEWSROOM_EMBARGO_URL = "https://www.example.org/embargo"
    send_embargo(release, press_list)
    assert link_in(mailbox.messages[0]).startswith("https://www.example.org/embargo?token=")


def test_a_site_may_have_its_own_embargo_url(mailbox, release, press_list, settings):
    settings.NEWSROOM_EMBARGO_URL = "https://www.example.org/embargo"
    settings.NEWSROOM_EMBARGO_SITE_URLS = {"localhost": "https://press.example.org/e?x=1"}
    send_embargo(release, press_list)
    assert link_in(mailbox.messages[0]).startswith("https://press.example.org/e?x=1&token=")


def test_a_journalist_gets_the_scheduled_translation_in_their_language(
    mailbox, release, press_list
):
    french = release.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.title = "Libye : les manifestants détenus doivent être libérés"
    french.go_live_at = timezone.now() + GO_LIVE
    french.save_revision().publish()
    reader = JournalistFactory(name="Chloé Martin", email="chloe@press.example", language="fr")
    press_list.journalists.add(reader)
    send_embargo(release, press_list)
    message = mailbox.to("chloe@press.example")
    assert subject(message).startswith("[Sous embargo jusqu'au ")
    assert "Libye : les manifestants détenus doivent être libérés" in subject(message)
    assert EmbargoLink.objects.get(journalist=reader).page_id == french.pk
    assert EmbargoLink.objects.get(journalist__email="amal@press.example").page_id == release.pk


def test_without_a_scheduled_translation_the_journalist_gets_the_source(
    mailbox, release, press_list
):
    reader = JournalistFactory(email="rania@press.example", language="ar")
    press_list.journalists.add(reader)
    send_embargo(release, press_list)
    assert EmbargoLink.objects.get(journalist=reader).page_id == release.pk
    assert subject(mailbox.to("rania@press.example")).startswith("[محظور النشر حتى")


def test_sending_again_emails_only_new_journalists(mailbox, release, press_list):
    send_embargo(release, press_list)
    press_list.journalists.add(JournalistFactory(email="late@press.example"))
    report = send_embargo(release, press_list)
    assert [link.journalist.email for link in report.emailed] == ["late@press.example"]
    assert len(report.already_sent) == 2
    assert EmbargoLink.objects.count() == 3
    assert len(mailbox.messages) == 3


def test_a_revoked_link_is_not_revived_by_sending_again(mailbox, release, press_list):
    send_embargo(release, press_list)
    EmbargoLink.objects.get(journalist__email="ben@press.example").revoke()
    report = send_embargo(release, press_list)
    assert [link.journalist.email for link in report.revoked] == ["ben@press.example"]
    assert len(mailbox.messages) == 2


def test_inactive_journalists_get_nothing(mailbox, release, press_list, journalists):
    journalists[1].active = False
    journalists[1].save()
    send_embargo(release, press_list)
    assert [m["To"] for m in mailbox.messages] == ["amal@press.example"]


def test_a_page_with_nothing_scheduled_cannot_be_sent(mailbox, newsroom, press_list):
    live = PressReleasePageFactory(parent=newsroom)
    with pytest.raises(NotScheduled):
        send_embargo(live, press_list)
    assert not EmbargoLink.objects.exists()
    assert mailbox.messages == []


def test_a_failed_smtp_delivery_leaves_the_links_unsent_for_a_retry(release, press_list, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    with pytest.raises(OSError):
        send_embargo(release, press_list)
    assert EmbargoLink.objects.filter(sent_at__isnull=True).count() == 2


def test_the_send_embargo_command_sends_to_the_named_list(mailbox, release, press_list):
    out = StringIO()
    call_command("send_embargo", str(release.pk), "--list", "MENA desk", stdout=out)
    assert "Emailed 2 journalist(s)" in out.getvalue()
    assert len(mailbox.messages) == 2


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["999999", "--list", "MENA desk"], "No page with id 999999"),
        (["{page}", "--list", "Nobody"], "No press list named “Nobody”"),
    ],
)
def test_the_send_embargo_command_reports_what_is_missing(release, press_list, arguments, message):
    arguments = [a.format(page=release.pk) for a in arguments]
    with pytest.raises(CommandError, match=message):
        call_command("send_embargo", *arguments)


def test_the_send_embargo_command_refuses_an_unscheduled_page(newsroom, press_list):
    page = PressReleasePageFactory(parent=newsroom)
    with pytest.raises(CommandError, match="no approved revision scheduled"):
        call_command("send_embargo", str(page.pk), "--list", "MENA desk")
