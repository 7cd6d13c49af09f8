"""The open log: who read which revision, when, with which browser. The IP address is kept
only as an HMAC under `NEWSROOM_EMBARGO_IP_HASH_KEY`, so the log can tell whether a link was
forwarded (many addresses) without holding anyone's address."""

import hashlib
import hmac

from django.conf import settings
from django.http import HttpRequest
from ua_parser import parse as parse_user_agent

from cms.conf import newsroom

from .links import EmbargoLink, EmbargoOpen


def ip_hash(ip: str) -> str:
    if not ip:
        return ""
    key = (newsroom.EMBARGO_IP_HASH_KEY or settings.SECRET_KEY).encode()
    return hmac.new(key, ip.encode(), hashlib.sha256).hexdigest()


def user_agent_family(user_agent: str) -> str:
    if not user_agent:
        return ""
    parsed = parse_user_agent(user_agent[:1000]).user_agent
    return (parsed.family if parsed else "Other")[:100]


def client_ip(request: HttpRequest | None) -> str:
    """REMOTE_ADDR only: behind a proxy, set it from the trusted proxy (gunicorn's
    forwarded-allow-ips), never from a header the client writes."""
    return (request.META.get("REMOTE_ADDR") or "") if request is not None else ""


def record_open(link: EmbargoLink, *, after_release: bool, request: HttpRequest | None) -> None:
    agent = request.headers.get("User-Agent", "") if request is not None else ""
    EmbargoOpen.objects.create(
        link=link,
        revision_id=link.revision_id,
        after_release=after_release,
        user_agent_family=user_agent_family(agent),
        ip_hash=ip_hash(client_ip(request)),
    )
