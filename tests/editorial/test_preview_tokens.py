"""Preview tokens: they show the draft, expire after their lifetime, open one page only, and
anything else is a clear refusal, never the draft."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from wagtail_headless_preview.models import PagePreview

from cms.preview.tokens import (
    PreviewTokenExpired,
    PreviewTokenInvalid,
    PreviewTokenWrongPage,
    resolve_preview,
)
from tests.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db

ISSUED = datetime.datetime(2026, 5, 4, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture
def draft(newsroom):
    return PressReleasePageFactory(parent=newsroom, title="Published title", live=True)


def preview_token(page, **draft_changes) -> str:
    for name, value in draft_changes.items():
        setattr(page, name, value)
    return page.create_page_preview().token


def test_a_token_resolves_to_the_draft_with_its_unsaved_edits(draft):
    token = preview_token(draft, title="Draft title under embargo")

    page = resolve_preview(token)

    assert (page.pk, page.title) == (draft.pk, "Draft title under embargo")


def test_a_page_that_was_never_published_can_be_previewed(newsroom):
    unpublished = PressReleasePageFactory(parent=newsroom, title="Not yet out", live=False)

    assert resolve_preview(preview_token(unpublished)).title == "Not yet out"


def test_a_token_is_valid_for_one_hour_by_default(draft):
    with time_machine.travel(ISSUED, tick=False):
        token = preview_token(draft)
    with time_machine.travel(ISSUED + datetime.timedelta(seconds=3600), tick=False):
        assert resolve_preview(token).pk == draft.pk


def test_a_token_expires_after_one_hour_by_default(draft):
    with time_machine.travel(ISSUED, tick=False):
        token = preview_token(draft)
    with (
        time_machine.travel(ISSUED + datetime.timedelta(seconds=3601), tick=False),
        pytest.raises(PreviewTokenExpired, match="expired"),
    ):
        resolve_preview(token)


def test_the_lifetime_is_set_by_NEWSROOM_PREVIEW_TOKEN_TTL(settings, draft):
    settings.NEWSROOM_PREVIEW_TOKEN_TTL = 60
    with time_machine.travel(ISSUED, tick=False):
        token = preview_token(draft)
    with (
        time_machine.travel(ISSUED + datetime.timedelta(seconds=61), tick=False),
        pytest.raises(PreviewTokenExpired),
    ):
        resolve_preview(token)


def test_a_token_opens_only_the_page_it_was_issued_for(newsroom, draft):
    other = PressReleasePageFactory(parent=newsroom)
    token = preview_token(draft)

    assert resolve_preview(token, page_id=draft.pk).pk == draft.pk
    with pytest.raises(PreviewTokenWrongPage, match="another page"):
        resolve_preview(token, page_id=other.pk)


def test_a_token_with_a_tampered_signature_is_refused(draft):
    token = preview_token(draft)
    forged = token[:-1] + ("A" if token[-1] != "A" else "B")

    with pytest.raises(PreviewTokenInvalid, match="not valid"):
        resolve_preview(forged)


def test_a_signed_token_that_was_never_issued_as_a_preview_is_refused(draft):
    token = draft.get_preview_signer().sign(f"id={draft.pk}")

    with pytest.raises(PreviewTokenInvalid):
        resolve_preview(token)


@pytest.mark.parametrize("token", ["", "garbage", "x" * 300, None])
def test_malformed_tokens_are_refused(token):
    with pytest.raises(PreviewTokenInvalid):
        resolve_preview(token)


def test_the_sweep_deletes_expired_previews_and_keeps_live_ones(draft):
    with time_machine.travel(ISSUED, tick=False):
        old = preview_token(draft, title="old")
    with time_machine.travel(ISSUED + datetime.timedelta(minutes=50), tick=False):
        recent = preview_token(draft, title="recent")
    with time_machine.travel(ISSUED + datetime.timedelta(minutes=61), tick=False):
        call_command("sweep_previews", verbosity=0)
        assert list(PagePreview.objects.values_list("token", flat=True)) == [recent]
        with pytest.raises(PreviewTokenInvalid):
            resolve_preview(old)
