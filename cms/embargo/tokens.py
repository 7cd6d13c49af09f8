"""Signed embargo tokens: the signature proves the CMS issued the token, the database row it
names decides whether it still opens anything (revocation takes effect on the next request)."""

import datetime

from django.core import signing

from cms.conf import newsroom

SALT = "newsroom.embargo.link"
TOKEN_MAX_LENGTH = 255


class EmbargoTokenError(Exception):
    """A token that opens nothing. `code` goes to the client as `extensions.code`."""

    code = "EMBARGO_TOKEN_INVALID"
    default_message = "The embargo link is not valid."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class EmbargoTokenExpired(EmbargoTokenError):
    code = "EMBARGO_TOKEN_EXPIRED"
    default_message = "The embargo link has expired; ask the press office for a new one."


class EmbargoTokenRevoked(EmbargoTokenError):
    code = "EMBARGO_TOKEN_REVOKED"
    default_message = "The embargo link has been withdrawn by the press office."


class EmbargoWithdrawn(EmbargoTokenError):
    code = "EMBARGO_WITHDRAWN"
    default_message = "This release is no longer scheduled; the press office will be in touch."


def token_ttl_after_release() -> datetime.timedelta:
    """How long a link keeps answering (with the public page) after its embargo lifts; a
    release may be sent months ahead, so the lifetime counts from the release."""
    return datetime.timedelta(seconds=newsroom.EMBARGO_TOKEN_TTL)


def make_token(link_id: int, nonce: str) -> str:
    return signing.dumps([link_id, nonce], salt=SALT, compress=False)


def read_token(token: object) -> tuple[int, str]:
    """The (link id, nonce) a token names; raises `EmbargoTokenError` for anything else."""
    if not isinstance(token, str) or not token or len(token) > TOKEN_MAX_LENGTH:
        raise EmbargoTokenError()
    try:
        payload = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        raise EmbargoTokenError() from None
    if (
        not isinstance(payload, list)
        or len(payload) != 2
        or not isinstance(payload[0], int)
        or not isinstance(payload[1], str)
    ):
        raise EmbargoTokenError()
    return payload[0], payload[1]
