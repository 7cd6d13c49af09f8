"""Which webhook endpoints may be called: http(s) only and, when the operator lists hosts in
`NEWSROOM_WEBHOOK_ALLOWED_HOSTS`, only those hosts (`*.example.org` covers its subdomains).

Checked at start-up (cms.webhooks.checks) and again before every attempt, since redirects are
never followed the endpoint's own host is the only one ever contacted.
"""

from urllib.parse import urlsplit

from cms.conf import newsroom


def allowed_hosts() -> list[str]:
    return [host.lower() for host in newsroom.WEBHOOK_ALLOWED_HOSTS]


def _host_matches(host: str, pattern: str) -> bool:
    if pattern.startswith("*."):
        return host.endswith(pattern[1:])
    return host == pattern


def endpoint_problem(url: str) -> str | None:
    """Why this endpoint must not be called, or None when it may be."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return "Not an http(s) endpoint."
    if parts.scheme not in ("http", "https") or not host:
        return "Not an http(s) endpoint."
    patterns = allowed_hosts()
    if patterns and not any(_host_matches(host, pattern) for pattern in patterns):
        return f"Host {host} is not in NEWSROOM_WEBHOOK_ALLOWED_HOSTS."
    return None
