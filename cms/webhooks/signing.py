"""HMAC-SHA256 over "<timestamp>.<body>", so a captured request cannot be replayed later.

Header: `X-Newsroom-Signature: t=<unix seconds>,v1=<hex digest>`. A frontend recomputes the
digest with the shared secret and rejects requests whose timestamp is too old.
"""

import hashlib
import hmac
import re
import time

SIGNATURE_HEADER = "X-Newsroom-Signature"
DEFAULT_TOLERANCE_SECONDS = 300


TIMESTAMP = re.compile(r"[0-9]{1,12}")
DIGEST = re.compile(r"[0-9a-f]{64}")


class SignatureInvalid(Exception):
    pass


def compute_signature(secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_header(secret: str, body: bytes, *, timestamp: int | None = None) -> str:
    timestamp = int(time.time()) if timestamp is None else timestamp
    return f"t={timestamp},v1={compute_signature(secret, timestamp, body)}"


def verify_signature(
    header: str,
    body: bytes,
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE_SECONDS,
    now: float | None = None,
) -> None:
    """What a Python frontend runs on receipt; raises `SignatureInvalid` with the reason and
    nothing else, whatever the header holds (it comes from the network)."""
    if not isinstance(header, str) or not isinstance(body, bytes | bytearray):
        raise SignatureInvalid("Malformed signature header.")
    parts = dict(item.strip().split("=", 1) for item in header.split(",") if "=" in item)
    timestamp, digest = parts.get("t", ""), parts.get("v1", "")
    if not TIMESTAMP.fullmatch(timestamp) or not DIGEST.fullmatch(digest):
        raise SignatureInvalid("Malformed signature header.")
    now = time.time() if now is None else now
    if abs(now - int(timestamp)) > tolerance:
        raise SignatureInvalid("Signature timestamp outside the tolerance window.")
    expected = compute_signature(secret, int(timestamp), bytes(body))
    if not hmac.compare_digest(digest.encode("ascii"), expected.encode("ascii")):
        raise SignatureInvalid("Signature does not match the body.")
