"""The one URL allow-list for everything the API returns and the preview renders.

Values reach the database by paths that skip the admin form (wagtail-localize overrides, PO
files, machine translation, the shell), so the check is made on output, where every path
meets; block forms also refuse early (see `newsroom_pages.blocks`).
"""

import re

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
FORM_SCHEMES = ["http", "https"]

# Browsers drop tabs and newlines anywhere in a URL and C0 controls and spaces at its ends,
# so "java\tscript:" and " javascript:" are `javascript:` to them: normalise the same way.
_REMOVED = re.compile(r"[\t\n\r]")
_EDGES = "".join(chr(code) for code in range(0x21))
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


def safe_url(value: object) -> str | None:
    """The URL as a browser would read it when its scheme is allowed or it is relative;
    None for anything else (javascript:, data:, vbscript:, unknown schemes, non-strings)."""
    if not isinstance(value, str):
        return None
    url = _REMOVED.sub("", value).strip(_EDGES)
    if not url:
        return None
    scheme = _SCHEME.match(url)
    if scheme is None:
        return url
    return url if scheme.group(1).lower() in ALLOWED_SCHEMES else None
