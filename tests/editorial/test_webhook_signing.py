"""The verification a frontend runs: right secret and body within the window, or refused."""

import pytest

from cms.webhooks.signing import SignatureInvalid, signature_header, verify_signature

BODY = b'{"action":"published","pageId":7}'


def test_a_fresh_signature_over_the_same_body_and_secret_verifies():
    header = signature_header("s3cret", BODY, timestamp=1_700_000_000)

    verify_signature(header, BODY, "s3cret", now=1_700_000_010)


def test_a_changed_body_is_refused():
    header = signature_header("s3cret", BODY, timestamp=1_700_000_000)

    with pytest.raises(SignatureInvalid, match="does not match"):
        verify_signature(header, BODY.replace(b"7", b"8"), "s3cret", now=1_700_000_000)


def test_another_secret_is_refused():
    header = signature_header("s3cret", BODY, timestamp=1_700_000_000)

    with pytest.raises(SignatureInvalid, match="does not match"):
        verify_signature(header, BODY, "other", now=1_700_000_000)


def test_a_replayed_request_older_than_five_minutes_is_refused():
    header = signature_header("s3cret", BODY, timestamp=1_700_000_000)

    with pytest.raises(SignatureInvalid, match="tolerance"):
        verify_signature(header, BODY, "s3cret", now=1_700_000_000 + 301)


def test_a_malformed_header_is_refused():
    with pytest.raises(SignatureInvalid, match="Malformed"):
        verify_signature("v1=abc", BODY, "s3cret")
