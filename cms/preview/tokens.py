"""Preview tokens: expiring, bound to one page, resolved to the draft page object.

wagtail-headless-preview signs each token with a timestamp but never checks its age, and its
`PagePreview` rows only carry a date. The age is enforced here, from the signature itself, so a
leaked preview link stops working after `NEWSROOM_PREVIEW_TOKEN_TTL` seconds (default 1 hour).
"""

from django.core.signing import BadSignature, SignatureExpired, TimestampSigner
from wagtail.models import Page
from wagtail_headless_preview.models import PagePreview

from cms.conf import newsroom

TOKEN_MAX_LENGTH = 255


class PreviewTokenInvalid(Exception):
    """The token is malformed, forged, unknown or swept. The message is safe to show a client."""

    def __init__(self, message: str = "The preview token is not valid.") -> None:
        super().__init__(message)


class PreviewTokenExpired(PreviewTokenInvalid):
    def __init__(self, message: str = "The preview token has expired; preview again.") -> None:
        super().__init__(message)


class PreviewTokenWrongPage(PreviewTokenInvalid):
    def __init__(self, message: str = "The preview token belongs to another page.") -> None:
        super().__init__(message)


def token_ttl_seconds() -> int:
    return int(newsroom.PREVIEW_TOKEN_TTL)


def _signer() -> TimestampSigner:
    # The same salt as HeadlessPreviewMixin.get_preview_signer(), which issues the tokens.
    return TimestampSigner(salt="headlesspreview.token")


def _unsign(token: str) -> str:
    if not isinstance(token, str) or not token or len(token) > TOKEN_MAX_LENGTH:
        raise PreviewTokenInvalid()
    try:
        return _signer().unsign(token, max_age=token_ttl_seconds())
    except SignatureExpired as error:
        raise PreviewTokenExpired() from error
    except BadSignature as error:
        raise PreviewTokenInvalid() from error


def _bound_page_id(identifier: str) -> int | None:
    """`id=<pk>` for an existing page; a page being created has no id yet."""
    if identifier.startswith("id="):
        return int(identifier.removeprefix("id="))
    return None


def resolve_preview(token: str, *, page_id: int | str | None = None) -> Page:
    """The draft page (unsaved edits included) a valid token was issued for.

    Raises `PreviewTokenInvalid` (or its subclasses `PreviewTokenExpired`,
    `PreviewTokenWrongPage`) instead of ever returning a page the token does not grant.
    """
    identifier = _unsign(token)
    preview = PagePreview.objects.filter(token=token).first()
    if preview is None:
        raise PreviewTokenInvalid()
    page = preview.as_page()
    bound_id = _bound_page_id(identifier)
    if bound_id is not None and page.pk != bound_id:
        raise PreviewTokenInvalid()
    if page_id is not None:
        try:
            requested = int(page_id)
        except (TypeError, ValueError) as error:
            raise PreviewTokenWrongPage() from error
        if page.pk != requested:
            raise PreviewTokenWrongPage()
    return page


def sweep_expired_previews() -> int:
    """Delete preview rows whose token is past its TTL (or unreadable); returns how many."""
    stale = []
    for pk, token in PagePreview.objects.values_list("pk", "token").iterator():
        try:
            _unsign(token)
        except PreviewTokenInvalid:
            stale.append(pk)
    deleted = 0
    for start in range(0, len(stale), 500):
        deleted += PagePreview.objects.filter(pk__in=stale[start : start + 500]).delete()[0]
    return deleted
