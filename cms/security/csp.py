"""Content-Security-Policy for the admin and the CMS's own pages (django-csp).

The point is to make `javascript:` URLs and inline event handlers dead on the CMS's origin,
where an editor's session lives: script-src never carries 'unsafe-inline'. Wagtail 8's
admin and wagtail-localize still ship a few inline <script> blocks of their own (inline
panels, date pickers, the translation editor), so the admin's HTML is given the request's
nonce on its <script> tags as it leaves the server. Stored content reaches the admin only as
data (JSON, escaped text), never as markup, so the nonce blesses Wagtail's scripts only.
"""

import re
from typing import TYPE_CHECKING

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

if TYPE_CHECKING:  # imported by the settings: no Django machinery at import time
    from django.http import HttpRequest, HttpResponse

POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/graphql/"],  # JSON only; dev's GraphiQL keeps its inline code
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, UNSAFE_INLINE],  # Wagtail sets style attributes; styles run no code
        "img-src": [SELF, "data:", "blob:", "https:"],  # renditions on S3/CDN, avatars
        "media-src": [SELF, "https:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, "https:"],  # the preview panel, frontends' preview, video embeds
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}


def with_plain_http_media(policy: dict) -> dict:
    """Dev and tests serve media over plain HTTP from WAGTAILADMIN_BASE_URL, which may not be
    the origin the admin was opened on; production media are https."""
    directives = policy["DIRECTIVES"]
    extra = {name: [*directives[name], "http:"] for name in ("img-src", "media-src")}
    return {**policy, "DIRECTIVES": {**directives, **extra}}


# The CMS's own preview page has no script at all.
PREVIEW_POLICY = {"script-src": [NONE]}

_SCRIPT_WITHOUT_NONCE = re.compile(rb"<script\b(?![^>]*\bnonce=)", re.IGNORECASE)
ADMIN_PREFIX = "/admin/"


class AdminScriptNonceMiddleware:
    """Place after csp.middleware.CSPMiddleware: it runs first on the response, so the nonce
    it reads is the one CSPMiddleware then writes into the header."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: "HttpRequest") -> "HttpResponse":
        response = self.get_response(request)
        if (
            request.path.startswith(ADMIN_PREFIX)
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and hasattr(request, "csp_nonce")
        ):
            attribute = b'<script nonce="' + str(request.csp_nonce).encode() + b'"'
            response.content = _SCRIPT_WITHOUT_NONCE.sub(attribute, response.content)
        return response
